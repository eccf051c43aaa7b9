// /: what Habeas is, counts by country and status, and the latest status changes.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedLink } from "@/components/exports/feed-link";
import { CountryName } from "@/components/ui/country-name";
import { PartialDate } from "@/components/ui/partial-date";
import { PersonName } from "@/components/ui/person-name";
import { StatusBadge } from "@/components/ui/status-badge";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { sortByLocalName } from "@/lib/format/country-name";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { getHomeSummary } from "@/lib/server/public/cached";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Feeds" });
  return publicPageMetadata(locale, "/", { feed: { query: "scope=site", title: t("siteTitle") } });
}

export default async function HomePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Home");
  const site = await getTranslations("Site");
  const statuses = await getTranslations("CaseStatus");
  const summary = await getHomeSummary();
  return (
    <>
      <h1 className="text-3xl font-bold">{site("tagline")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro", { count: summary.total })}</p>
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <section aria-labelledby="by-country">
          <h2 id="by-country" className="text-xl font-semibold">
            {t("byCountry")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {sortByLocalName(summary.byCountry, locale).map((c) => (
              <li key={c.code} className="flex justify-between py-1.5">
                <Link href={`/countries/${c.code}`} className="text-blue-800 underline">
                  <CountryName code={c.code} fallback={c.name} />
                </Link>
                <span>{c.count}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="by-status">
          <h2 id="by-status" className="text-xl font-semibold">
            {t("byStatus")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {summary.byStatus.map((s) => (
              <li key={s.status} className="flex justify-between py-1.5">
                <Link href={`/cases?status=${s.status}`} className="text-blue-800 underline">
                  {statuses(s.status)}
                </Link>
                <span>{s.count}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-xl font-semibold">
          {t("latest")}
        </h2>
        <FeedLink query="scope=site" />
        <ul className="mt-2 divide-y divide-slate-200">
          {summary.latest.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <Link href={`/cases/${e.case.person.slug}`} className="text-blue-800 underline">
                <PersonName fullName={e.case.person.fullName} aliases={e.case.person.aliases} />
              </Link>
              <span className="text-slate-600">
                <CountryName code={e.case.country.code} fallback={e.case.country.name} />
              </span>
              <StatusBadge status={e.toStatus} />
              <span className="text-sm text-slate-600">
                <PartialDate date={e.date} precision={e.datePrecision} />
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
