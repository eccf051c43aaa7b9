// /dashboard/records/[type]/[id]: edit one record; spellings, place names, stays and citations can also be removed.
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
import type { RecordType } from "@/lib/records/fields";
import { getRecordHistory } from "@/lib/server/audit/get-record-history";
import { getRecord } from "@/lib/server/records/get-record";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("titleEditRecord");

const REMOVABLE_TYPES: ReadonlySet<RecordType> = new Set(["alias", "citation", "placeName", "placeStay"]);

export default async function EditRecordPage({
  params,
}: {
  params: Promise<{ locale: string; type: string; id: string }>;
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
      {REMOVABLE_TYPES.has(type) && (
        <div className="mt-8" id="remove">
          <RemoveRecordForm type={type} id={record.id} seen={record.seen} />
        </div>
      )}
    </>
  );
}
