// /countries/[code]: one country's cases, laws criticised, demands on its government, and sources.
import type { Metadata } from "next";
import { preferredScript } from "@/lib/format/display-name";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CountryCases } from "@/components/country/country-cases";
import { LawList } from "@/components/country/law-list";
import { SourceList } from "@/components/country/source-list";
import { DemandList } from "@/components/person/demand-list";
import { ContentLanguageNotice } from "@/components/ui/content-language-notice";
import { ExportMenu } from "@/components/exports/export-menu";
import { FeedLink } from "@/components/exports/feed-link";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryExportLinks } from "@/lib/export-formats/export-links";
import { translatorFor } from "@/lib/i18n/translator";
import { countryName } from "@/lib/format/country-name";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getCountryPage } from "@/lib/server/public/cached";

type Props = { params: Promise<{ locale: string; code: string }> };

const normalise = (code: string) => (/^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null);

async function load(params: Props["params"]) {
  const { code } = await params;
  const locale = await resolveLocale(params);
  const normalised = normalise(code);
  return { locale, page: normalised ? await getCountryPage(normalised, preferredScript(locale)) : null };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await load(params);
  const t = await getTranslations({ locale, namespace: "Countries" });
  if (!page) return { title: t("notFoundTitle") };
  const name = countryName(page.country.code, locale, page.country.name);
  return publicPageMetadata(locale, `/countries/${page.country.code}`, {
    title: name,
    description: t("metaDescription", { country: name, count: page.totalCases }),
    feed: {
      query: `country=${page.country.code}`,
      title: (await getTranslations({ locale, namespace: "Feeds" }))("countryTitle", { country: name }),
    },
    image: "own",
  });
}

export default async function CountryPage({ params }: Props) {
  const { locale, page } = await load(params);
  if (!page) notFound();
  const t = await getTranslations("Countries");
  const statuses = await getTranslations("CaseStatus");
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-3xl font-bold">{countryName(page.country.code, locale, page.country.name)}</h1>
        <ExportMenu
          links={countryExportLinks(page.country.code, locale, translatorFor(locale))}
          printable={`/countries/${page.country.code}/briefing`}
        />
      </div>
      <ContentLanguageNotice />
      <section aria-labelledby="status-counts" className="mt-6">
        <h2 id="status-counts" className="text-xl font-semibold">
          {t("byStatus")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-3">
          {page.byStatus.map((s) => (
            <li key={s.status} className="rounded border border-slate-200 px-3 py-2">
              <Link href={`/cases?country=${page.country.code}&status=${s.status}`} className="text-blue-800 underline">
                {statuses(s.status)}
              </Link>
              : {s.count}
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-3">
        <Link href={`/statistics?country=${page.country.code}`} className="text-blue-800 underline">
          {t("statistics")}
        </Link>
      </p>
      <CountryCases cases={page.cases} total={page.totalCases} code={page.country.code} />
      <LawList laws={page.laws} />
      <DemandList demands={page.demands} heading={t("governmentDemands")} />
      <SourceList sources={page.sources} />
      <p className="mt-6">
        <FeedLink query={`country=${page.country.code}`} />
      </p>
    </>
  );
}
