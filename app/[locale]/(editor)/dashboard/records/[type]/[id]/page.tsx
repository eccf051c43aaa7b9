// /dashboard/records/[type]/[id]: edit one record, and remove it where its kind can be removed. `?case=` names the
// case the case editor came from, which a charge shared by several cases is removed from.
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditList } from "@/components/editor/audit-list";
import { RecordForm } from "@/components/editor/record-form";
import { RemoveRecordForm } from "@/components/editor/remove-record-form";
import { PlaceRecordLinks } from "@/components/places/place-record-links";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { recordFormData } from "@/lib/pages/record-form-data";
import { recordTypeParam } from "@/lib/pages/record-type-param";
import { toFormValues } from "@/lib/records/form-values";
import { getRecordHistory } from "@/lib/server/audit/get-record-history";
import { getRecord } from "@/lib/server/records/get-record";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

/** The case named in the query, if it looks like an id; the data layer checks that it is one of the record's. */
function caseParam(query: Record<string, string | string[] | undefined>): string | undefined {
  const value = query.case;
  return typeof value === "string" && value.length > 0 && value.length <= 100 ? value : undefined;
}

export const generateMetadata = editorPageMetadata("titleEditRecord");

export default async function EditRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; type: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const type = recordTypeParam((await params).type);
  const locale = await resolveLocale(params);
  const t = await getTranslations("Records");
  const record = id.length <= 100 ? await getRecord(type, id) : null;
  if (!record) notFound();
  const history = await getRecordHistory(type, record.id);
  const editor = await getTranslations("Editor");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">
        {t("edit")}: {t(`type.${type}`)}
      </h1>
      <RecordForm
        type={type}
        id={record.id}
        seen={record.seen}
        values={toFormValues(record.values)}
        {...await recordFormData(locale, type === "placeStay" ? record.caseId : null)}
      />
      {type === "place" && <PlaceRecordLinks placeId={record.id} />}
      <section className="mt-8" aria-labelledby="record-history">
        <h2 id="record-history" className="mb-2 text-xl font-semibold">
          {editor("history")}
        </h2>
        <AuditList rows={history} />
      </section>
      {record.removable && (
        <div className="mt-8" id="remove">
          <RemoveRecordForm type={type} id={record.id} seen={record.seen} caseId={caseParam(await searchParams)} />
        </div>
      )}
    </>
  );
}
