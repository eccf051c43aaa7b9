// /dashboard/records/[type]/new: a new record, linked to the case or person named in the query string.
import { getTranslations } from "next-intl/server";
import { RecordForm } from "@/components/editor/record-form";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { recordFormData } from "@/lib/pages/record-form-data";
import { recordTypeParam } from "@/lib/pages/record-type-param";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("titleNewRecord");

type Props = { params: Promise<{ locale: string; type: string }>; searchParams: Promise<TSearchParams> };

const LINK_PARAMS = ["caseId", "personId", "target.type", "target.id"] as const;

export default async function NewRecordPage({ params, searchParams }: Props) {
  const type = recordTypeParam((await params).type);
  const locale = await resolveLocale(params);
  const t = await getTranslations("Records");
  const query = firstValues(await searchParams);
  const links = Object.fromEntries(
    LINK_PARAMS.flatMap((name) => {
      const value = query[name];
      return value !== undefined && value.length <= 100 ? [[name, value]] : [];
    }),
  );
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">
        {t("new")}: {t(`type.${type}`)}
      </h1>
      <RecordForm
        type={type}
        links={links}
        {...await recordFormData(locale, type === "placeStay" ? links.caseId : null)}
      />
    </>
  );
}
