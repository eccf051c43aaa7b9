// Filters for the public case list: a plain GET form, so every view is a shareable URL.
import { useLocale, useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { countryName } from "@/lib/format/country-name";
import { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { caseListSearch, MAX_QUERY_LENGTH, PAGE_SIZES, type TCaseListQuery } from "@/lib/validations/case-list";
import { ResetOnRestore } from "./reset-on-restore";

type Props = { query: TCaseListQuery; countries: { code: string; name: string }[] };

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";

type SelectProps = {
  name: keyof TCaseListQuery;
  label: string;
  value: string;
  allLabel?: string;
  options: { value: string; label: string }[];
};

function SelectFilter({ name, label, value, allLabel, options }: SelectProps) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={fieldClass}>
        {allLabel && <option value="">{allLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CaseFilters({ query, countries }: Props) {
  const t = useTranslations("Cases");
  const statuses = useTranslations("CaseStatus");
  const roles = useTranslations("PersonRole");
  const locale = useLocale();
  return (
    // Keyed by the filters in force: a client navigation (Clear filters, sorting, Back and Forward inside the
    // app) renders a fresh form with the new values instead of keeping what the old one showed. autoComplete
    // off stops the browser restoring unapplied choices into a page it reloads from history.
    <form
      key={caseListSearch(query, { sort: undefined, dir: undefined, page: undefined })}
      method="get"
      autoComplete="off"
      action={`/${locale}/cases`}
      role="search"
      aria-label={t("filterLabel")}
      className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="lg:col-span-2">
        <label htmlFor="filter-q" className="text-sm font-medium">
          {t("filterName")}
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          className={fieldClass}
        />
      </div>
      <SelectFilter
        name="country"
        label={t("filterCountry")}
        value={query.country ?? ""}
        allLabel={t("allCountries")}
        options={countries.map((c) => ({ value: c.code, label: countryName(c.code, locale, c.name) }))}
      />
      <SelectFilter
        name="status"
        label={t("filterStatus")}
        value={query.status ?? ""}
        allLabel={t("allStatuses")}
        options={Object.values(CaseStatus).map((s) => ({ value: s, label: statuses(s) }))}
      />
      <SelectFilter
        name="role"
        label={t("filterRole")}
        value={query.role ?? ""}
        allLabel={t("allRoles")}
        options={Object.values(PersonRole).map((r) => ({ value: r, label: roles(r) }))}
      />
      <SelectFilter
        name="size"
        label={t("filterSize")}
        value={String(query.size)}
        options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
      />
      <ResetOnRestore />
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:opacity-90">
          {t("apply")}
        </button>
        <Link href="/cases" className="text-blue-800 underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
