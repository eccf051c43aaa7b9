// /dashboard/import: upload a spreadsheet or exchange file, read the dry run's per-row report, then import it as a reviewable batch.
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/editor/import-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { IMPORT_COLUMNS } from "@/lib/import/columns";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navImport");

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  await requirePageUser(await resolveLocale(params));
  const t = await getTranslations("Import");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-2 max-w-3xl">
        {t("intro", { rows: MAX_IMPORT_ROWS, megabytes: MAX_IMPORT_BYTES / 1024 / 1024 })}
      </p>
      <p className="mb-4 max-w-3xl text-sm">
        {t("columns")} <code className="break-words">{IMPORT_COLUMNS.join(", ")}</code>.{" "}
        <a href="/api/import/template" className="text-blue-800 underline" download>
          {t("template")}
        </a>
      </p>
      <p className="mb-4 max-w-3xl text-sm">{t("exchangeIntro")}</p>
      <ImportForm />
    </>
  );
}
