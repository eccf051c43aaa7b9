// The first of a country's published cases as a compact list, with a link to all of them in the case list.
import { useTranslations } from "next-intl";
import { PersonCaseLink } from "@/components/ui/person-case-link";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import type { CountryPage } from "@/lib/server/public/get-country-page";

export function CountryCases({ cases, total, code }: { cases: CountryPage["cases"]; total: number; code: string }) {
  const t = useTranslations("Countries");
  const roles = useTranslations("PersonRole");
  return (
    <section aria-labelledby="country-cases" className="mt-8">
      <h2 id="country-cases" className="text-xl font-semibold">
        {t("cases", { count: total })}
      </h2>
      {total > cases.length && <p className="mt-1 text-slate-700">{t("firstByName", { shown: cases.length })}</p>}
      <ul className="mt-2 divide-y divide-slate-200">
        {cases.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
            <PersonCaseLink person={c.person} />
            <span className="text-slate-600">{c.person.roles.map((r) => roles(r)).join(", ")}</span>
            <StatusBadge status={c.status} />
            <span className="text-sm text-slate-600">
              {c.statusSincePrecision === "UNKNOWN" && c.reported
                ? t.rich("asReportedOn", {
                    date: () => (
                      <PartialDate
                        date={c.reported!.date}
                        precision={c.reported!.precision}
                        grammaticalCase="genitive"
                      />
                    ),
                  })
                : t.rich("since", {
                    date: () => (
                      <PartialDate date={c.statusSince} precision={c.statusSincePrecision} grammaticalCase="genitive" />
                    ),
                  })}
            </span>
          </li>
        ))}
      </ul>
      {total > cases.length && (
        <p className="mt-2">
          <Link href={`/cases?country=${code}`} className="text-blue-800 underline">
            {t("allCases", { count: total })}
          </Link>
        </p>
      )}
    </section>
  );
}
