// The download links the Export menus offer, for a country and for the filtered case list.
import type { Translator } from "@/lib/i18n/translator";

export function countryExportLinks(code: string, locale: string, t: Translator, query = "") {
  const base = `/api/briefings/${code}?locale=${locale}${query ? `&${query}` : ""}`;
  const lower = code.toLowerCase();
  return [
    { label: t("Briefing.pdf"), href: `${base}&format=pdf`, filename: `habeas-${lower}-${locale}.pdf` },
    { label: t("Briefing.docx"), href: `${base}&format=docx`, filename: `habeas-${lower}-${locale}.docx` },
    { label: t("Briefing.markdown"), href: `${base}&format=md`, filename: `habeas-${lower}-${locale}.md` },
    ...caseExportLinks(`country=${code}`, locale, t),
  ];
}

export function caseExportLinks(filters: string, locale: string, t: Translator) {
  const base = `/api/exports/cases?locale=${locale}${filters ? `&${filters}` : ""}`;
  return [
    // Fallback names: the download takes the server's, which adds the day (app/api/exports/cases/route.ts).
    { label: t("Briefing.csv"), href: `${base}&format=csv`, filename: `habeas-cases-${locale}.csv` },
    { label: t("Briefing.csvExcel"), href: `${base}&format=csv&bom=1`, filename: `habeas-cases-${locale}-excel.csv` },
    { label: t("Briefing.json"), href: `${base}&format=json`, filename: `habeas-cases-${locale}.json` },
  ];
}
