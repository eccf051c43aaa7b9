// /dashboard/cases/new: add a person and their case as a draft.
import { getTranslations } from "next-intl/server";
import { CaseCreateForm } from "@/components/editor/case-create-form";
import { countryName } from "@/lib/format/country-name";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listSourceChoices } from "@/lib/server/cases/list-source-choices";
import { listCountries } from "@/lib/server/public/list-countries";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("titleNewCase");

export default async function NewCasePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Editor");
  const [countries, sources] = await Promise.all([listCountries(), listSourceChoices()]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("newCase")}</h1>
      <CaseCreateForm
        countries={countries.map((c) => ({ code: c.code, name: countryName(c.code, locale, c.name) }))}
        sources={sources}
      />
    </>
  );
}
