// The published cases of a place: those held there now, a page at a time, and the first of those held there before.
import { useTranslations } from "next-intl";
import { PartialDate } from "@/components/ui/partial-date";
import { Pagination } from "@/components/ui/pagination";
import { PersonCaseLink } from "@/components/ui/person-case-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { PLACE_PAGE_CASES, type PlacePage } from "@/lib/server/public/get-place-page";

function CaseList({ cases }: { cases: PlacePage["currentCases"] }) {
  const t = useTranslations("Places");
  return (
    <ul className="mt-2 divide-y divide-slate-200">
      {cases.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
          <PersonCaseLink person={c.person} />
          <StatusBadge status={c.status} />
          {c.stays[0] && (
            <span className="text-sm text-slate-600">
              {t("heldSince")} <PartialDate date={c.stays[0].date} precision={c.stays[0].datePrecision} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PlaceCases({ page }: { page: PlacePage }) {
  const t = useTranslations("Places");
  return (
    <>
      <section aria-labelledby="place-current" className="mt-8">
        <h2 id="place-current" className="text-xl font-semibold">
          {t("heldNow", { count: page.currentTotal })}
        </h2>
        {page.currentTotal === 0 && page.page === 1 ? (
          <p className="mt-1 text-slate-700">{t("noneHeldNow")}</p>
        ) : (
          <>
            <CaseList cases={page.currentCases} />
            <Pagination
              page={page.page}
              pageSize={PLACE_PAGE_CASES}
              total={page.currentTotal}
              hrefFor={(n) => `/places/${page.place.slug}${n > 1 ? `?page=${n}` : ""}`}
            />
          </>
        )}
      </section>
      {page.previousTotal > 0 && (
        <section aria-labelledby="place-previous" className="mt-8">
          <h2 id="place-previous" className="text-xl font-semibold">
            {t("heldBefore", { count: page.previousTotal })}
          </h2>
          {page.previousTotal > page.previousCases.length && (
            <p className="mt-1 text-slate-700">{t("firstByName", { shown: page.previousCases.length })}</p>
          )}
          <CaseList cases={page.previousCases} />
        </section>
      )}
    </>
  );
}
