// /dashboard: every case, drafts and pending changes included.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MyReviewedChanges } from "@/components/editor/my-reviewed-changes";
import { StaffCaseTable } from "@/components/editor/staff-case-table";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { countryName } from "@/lib/format/country-name";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listSourceChoices } from "@/lib/server/cases/list-source-choices";
import { listStaffCases } from "@/lib/server/cases/list-staff-cases";
import { listCountries } from "@/lib/server/public/list-countries";
import { listMyReviewedChanges } from "@/lib/server/changes/list-my-reviewed-changes";
import type { TSearchParams } from "@/lib/http/query-object";
import { parseStaffCaseQuery } from "@/lib/validations/staff-case-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Editor" });
  return { title: t("dashboardTitle"), robots: { index: false } };
}

function search(query: ReturnType<typeof parseStaffCaseQuery>, changes: Record<string, string | number | undefined>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...changes }))
    if (v !== undefined && v !== "") params.set(k, String(v));
  return params.toString();
}

export default async function DashboardPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePageUser(locale);
  const t = await getTranslations("Editor");
  const visibility = await getTranslations("Visibility");
  const query = parseStaffCaseQuery(await searchParams);
  const [{ rows, total }, notApproved, countryRows, sources] = await Promise.all([
    listStaffCases(query),
    listMyReviewedChanges(),
    listCountries(),
    listSourceChoices(),
  ]);
  // For the bulk country change: named and sorted as the reader sees them ("Кыргызстан" on /ru).
  const countries = countryRows
    .map((c) => ({ code: c.code, name: countryName(c.code, locale, c.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("dashboardTitle")}</h1>
        <Link href="/dashboard/cases/new" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
          {t("newCase")}
        </Link>
      </div>
      {notApproved.length > 0 && (
        <section className="mt-4" aria-labelledby="not-approved-heading">
          <h2 id="not-approved-heading" className="mb-2 text-xl font-semibold">
            {t("myReviewedHeading")}
          </h2>
          <MyReviewedChanges changes={notApproved} />
        </section>
      )}
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("filterCases")}>
        <label className="text-sm font-medium">
          {t("colName")}
          <input
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={200}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <label className="text-sm font-medium">
          {t("colVisibility")}
          <select
            name="visibility"
            defaultValue={query.visibility ?? ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          >
            <option value="">{t("any")}</option>
            <option value="DRAFT">{visibility("DRAFT")}</option>
            <option value="PUBLISHED">{visibility("PUBLISHED")}</option>
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="deleted" value="1" defaultChecked={query.deleted === "1"} /> {t("showDeleted")}
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
          {t("apply")}
        </button>
      </form>
      <StaffCaseTable
        rows={rows}
        sort={{ id: query.sort, desc: query.dir === "desc" }}
        baseSearch={search(query, { sort: undefined, dir: undefined, page: undefined })}
        countries={countries}
        sources={sources}
      />
      <Pagination
        page={query.page}
        pageSize={query.size}
        total={total}
        hrefFor={(page) => `/dashboard?${search(query, { page })}`}
      />
    </>
  );
}
