// /cases: the public, filterable list of published cases. All state is in the query string.
import type { Metadata } from "next";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseTable } from "@/components/cases/case-table";
import { Pagination } from "@/components/ui/pagination";
import { listCountries } from "@/lib/server/public/list-countries";
import { listPublicCases } from "@/lib/server/public/list-cases";
import { caseListSearch, parseCaseListQuery, type TSearchParams } from "@/lib/validations/case-list";

export const metadata: Metadata = {
  title: "Cases",
  description: "Every published case: who is detained or restricted, where, their status and since when.",
};

const PARAM_NAMES: Record<string, string> = {
  q: "name filter",
  country: "country",
  status: "status",
  role: "role",
  sort: "sort order",
  dir: "sort direction",
  page: "page number",
  size: "rows per page",
};

export default async function CasesPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const { query, rejected } = parseCaseListQuery(await searchParams);
  const [{ rows, total }, countries] = await Promise.all([listPublicCases(query), listCountries()]);
  const filterSearch = caseListSearch(query, { sort: undefined, dir: undefined, page: undefined });
  return (
    <>
      <h1 className="text-3xl font-bold">Cases</h1>
      <p className="mt-2 text-slate-700">People detained or restricted for what they said or did. Select a name to see the sources.</p>
      {rejected.length > 0 && (
        <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          Ignored an invalid {rejected.map((key) => PARAM_NAMES[key] ?? key).join(", ")} in the address.
        </p>
      )}
      <div className="mt-6">
        <CaseFilters query={query} countries={countries} />
      </div>
      <div className="mt-6">
        <CaseTable rows={rows} sort={{ id: query.sort, desc: query.dir === "desc" }} baseSearch={filterSearch} />
      </div>
      <Pagination
        page={query.page}
        pageSize={query.size}
        total={total}
        hrefFor={(page) => `/cases${caseListSearch(query, { page })}`}
      />
    </>
  );
}
