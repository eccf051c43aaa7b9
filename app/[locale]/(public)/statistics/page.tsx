// /statistics?country=&asOf=: counts by status and role, detentions per year, people detained over time and
// time in detention in ranges, rebuilt from the status history as it stood on the chosen date. Every chart and
// table holds a row per status, role, year or range, so the page is the same size at any number of cases.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { countryName, sortByLocalName } from "@/lib/format/country-name";
import { formatPartialDate } from "@/lib/format/partial-date";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { parseAsOfDate } from "@/lib/validations/as-of-date";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { getStatistics, listCountries } from "@/lib/server/public/cached";
import { ClientMessages } from "@/components/layout/client-messages";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return publicPageMetadata(locale, "/statistics", { title: t("title"), description: t("description") });
}

export default async function StatisticsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Statistics");
  const statuses = await getTranslations("CaseStatus");
  const roles = await getTranslations("PersonRole");
  const query = firstValues(await searchParams);
  const countries = sortByLocalName(await listCountries(), locale);
  const country = countries.find((c) => c.code === query.country?.toUpperCase());
  const asOfText = query.asOf;
  const asOf = parseAsOfDate(asOfText);
  const stats = await getStatistics({ countryCode: country?.code, asOf });
  const scope = country ? countryName(country.code, locale, country.name) : t("allCountries");
  return (
    <>
      <h1 className="text-3xl font-bold">
        {t("title")}: {scope}
      </h1>
      <p className="mt-2">
        {t("asOf", { date: formatPartialDate(stats.asOf, "DAY", locale)!, count: stats.total })}{" "}
        {stats.notKnown > 0 && t("notKnownOnDate", { count: stats.notKnown })}
      </p>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">
        {t("method")} {stats.present ? t("methodPresent") : t("methodPast")}
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 print:hidden" aria-label={t("options")}>
        <label className="text-sm font-medium">
          {t("country")}
          <select
            name="country"
            defaultValue={country?.code ?? ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          >
            <option value="">{t("allCountries")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {countryName(c.code, locale, c.name)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("asOfLabel")}
          <input
            type="date"
            name="asOf"
            defaultValue={asOf ? asOfText : ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
          {t("show")}
        </button>
      </form>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <ClientMessages>
          <ChartWithTable
            id="by-status"
            title={t("byStatus")}
            labelHeading={t("status")}
            valueHeading={t("cases")}
            // Everyone in scope is in the chart: those whose status on the date no source establishes too.
            data={[
              ...stats.byStatus.map((s) => ({ label: statuses(s.status), value: s.count })),
              ...(stats.notKnown > 0 ? [{ label: t("notKnownHeading"), value: stats.notKnown }] : []),
            ]}
          />
        </ClientMessages>
        <ClientMessages>
          <ChartWithTable
            id="by-role"
            title={t("byRole")}
            labelHeading={t("role")}
            valueHeading={t("cases")}
            data={stats.byRole.map((r) => ({ label: roles(r.role), value: r.count }))}
          />
        </ClientMessages>
        <div>
          <ClientMessages>
            <ChartWithTable
              id="starts"
              title={t("startsPerYear")}
              labelHeading={t("year")}
              valueHeading={t("cases")}
              data={stats.startsPerYear.map((s) => ({ label: String(s.year), value: s.count }))}
            />
          </ClientMessages>
          <p className="mt-1 text-sm text-slate-600">
            {stats.startNotKnown > 0 && <>{t("startNotKnown", { count: stats.startNotKnown })} </>}
            {t("startsNote")}
          </p>
        </div>
        <div>
          <ClientMessages>
            <ChartWithTable
              id="detained"
              kind="line"
              title={t("detainedOverTime")}
              labelHeading={t("year")}
              valueHeading={t("people")}
              extraHeading={t("notKnownHeading")}
              data={stats.detainedOverTime.map((d) => ({
                label: String(d.year),
                value: d.detained,
                extra: d.notKnown,
              }))}
            />
          </ClientMessages>
          <p className="mt-1 text-sm text-slate-600">{t("detainedNote")}</p>
        </div>
      </div>
      <div className="mt-6 max-w-2xl">
        <ClientMessages>
          <ChartWithTable
            id="detention-times"
            title={t("detentionTimes")}
            labelHeading={t("timeInDetention")}
            valueHeading={t("people")}
            data={stats.detentionTimes.map((d) => ({ label: t(`bucket.${d.bucket}`), value: d.count }))}
          />
        </ClientMessages>
        <p className="mt-1 text-sm text-slate-600">{t("detentionNote")}</p>
      </div>
    </>
  );
}
