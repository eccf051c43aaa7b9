// Filters for the public case list: a plain GET form, so every view is a shareable URL.
import Link from "next/link";
import { ROLE_LABELS, STATUS_LABELS } from "@/lib/format/labels";
import { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { MAX_QUERY_LENGTH, PAGE_SIZES, type TCaseListQuery } from "@/lib/validations/case-list";

type Props = { query: TCaseListQuery; countries: { code: string; name: string }[] };

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";

export function CaseFilters({ query, countries }: Props) {
  return (
    <form method="get" action="/cases" role="search" aria-label="Filter cases" className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div className="lg:col-span-2">
        <label htmlFor="filter-q" className="text-sm font-medium">Name or alias</label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={MAX_QUERY_LENGTH} className={fieldClass} />
      </div>
      <div>
        <label htmlFor="filter-country" className="text-sm font-medium">Country</label>
        <select id="filter-country" name="country" defaultValue={query.country ?? ""} className={fieldClass}>
          <option value="">All countries</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status" className="text-sm font-medium">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={fieldClass}>
          <option value="">All statuses</option>
          {Object.values(CaseStatus).map((s) => (
            <option key={s} value={s}>{STATUS_LABELS[s]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-role" className="text-sm font-medium">Role</label>
        <select id="filter-role" name="role" defaultValue={query.role ?? ""} className={fieldClass}>
          <option value="">All roles</option>
          {Object.values(PersonRole).map((r) => (
            <option key={r} value={r}>{ROLE_LABELS[r]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-size" className="text-sm font-medium">Rows per page</label>
        <select id="filter-size" name="size" defaultValue={String(query.size)} className={fieldClass}>
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:opacity-90">
          Apply filters
        </button>
        <Link href="/cases" className="text-blue-800 underline">Clear filters</Link>
      </div>
    </form>
  );
}
