// /countries: every country with published cases or criticised laws.
import { ScrollRegion } from "@/components/scroll-region";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryName, sortByLocalName } from "@/lib/format/country-name";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listCountries } from "@/lib/server/public/cached";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Countries" });
  return publicPageMetadata(locale, "/countries", { title: t("title"), description: t("description") });
}

export default async function CountriesPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Countries");
  const countries = sortByLocalName(await listCountries(), locale);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <ScrollRegion label={t("caption")} className="mt-6 max-w-2xl">
        <table className="w-full border-collapse text-left max-sm:text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              <th scope="col" className="px-3 py-2 max-sm:px-2">
                {t("colCountry")}
              </th>
              <th scope="col" className="px-3 py-2 max-sm:px-2">
                {t("colCases")}
              </th>
              <th scope="col" className="px-3 py-2 max-sm:px-2">
                {t("colLaws")}
              </th>
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.code} className="border-b border-slate-200">
                <td className="px-3 py-2 max-sm:px-2">
                  <Link href={`/countries/${c.code}`} className="text-blue-800 underline">
                    {countryName(c.code, locale, c.name)}
                  </Link>
                </td>
                <td className="px-3 py-2 max-sm:px-2">{c.caseCount}</td>
                <td className="px-3 py-2 max-sm:px-2">{c.lawCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
