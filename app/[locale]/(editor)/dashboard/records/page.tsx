// /dashboard/records: every kind of record editors keep.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { RECORD_TYPES } from "@/lib/records/fields";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navRecords");

export default async function RecordsIndexPage() {
  const t = await getTranslations("Records");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("heading")}</h1>
      <ul className="grid gap-2 sm:grid-cols-2">
        {RECORD_TYPES.map((type) => (
          <li key={type}>
            <Link href={`/dashboard/records/${type}`} className="text-blue-800 underline">
              {t(`type.${type}`)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
