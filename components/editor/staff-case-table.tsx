"use client";
// The editors' list of every case, in the same table component as the public list, with staff columns and a
// selection column for the bulk actions. The selection is of the cases on this page only.
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table/data-table";
import { BulkBar } from "@/components/editor/bulk/bulk-bar";
import type { SourceChoice } from "@/components/editor/citation-fields";
import { SelectAllCheckbox } from "@/components/editor/bulk/select-all-checkbox";
import { StatusBadge } from "@/components/ui/status-badge";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/format/country-name";
import type { StaffCaseRow } from "@/lib/server/cases/list-staff-cases";

type Props = {
  rows: StaffCaseRow[];
  sort: { id: string; desc: boolean };
  baseSearch: string;
  countries: { code: string; name: string }[];
  sources: SourceChoice[];
};

export function StaffCaseTable({ rows, sort, baseSearch, countries, sources }: Props) {
  const t = useTranslations("Editor");
  const bulk = useTranslations("BulkCases");
  const visibility = useTranslations("Visibility");
  const locale = useLocale();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  // A deleted case can be neither published nor edited, so it offers no checkbox.
  const selectable = useMemo(() => rows.filter((r) => !r.deleted), [rows]);
  // Only what is on this page now counts, so a case paged or filtered away is never acted on unseen.
  const selected = useMemo(
    () =>
      selectable.filter((r) => chosen.has(r.id)).map((r) => ({ id: r.id, version: r.version, fullName: r.fullName })),
    [selectable, chosen],
  );
  const columns = useMemo<DataTableColumn<StaffCaseRow>[]>(
    () => [
      {
        id: "select",
        header: () => (
          <SelectAllCheckbox
            label={bulk("selectAll")}
            checked={selectable.length > 0 && selected.length === selectable.length}
            mixed={selected.length > 0 && selected.length < selectable.length}
            disabled={selectable.length === 0}
            onChange={(all) => setChosen(new Set(all ? selectable.map((r) => r.id) : []))}
          />
        ),
        enableSorting: false,
        cell: ({ row }) =>
          row.original.deleted ? null : (
            <input
              type="checkbox"
              className="size-4"
              aria-label={bulk("selectCase", { name: row.original.fullName })}
              checked={chosen.has(row.original.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(row.original.id);
                else next.delete(row.original.id);
                setChosen(next);
              }}
            />
          ),
      },
      {
        id: "name",
        header: t("colName"),
        accessorKey: "fullName",
        cell: ({ row }) => (
          <Link href={`/dashboard/cases/${row.original.id}`} className="text-blue-800 underline">
            {row.original.fullName}
          </Link>
        ),
      },
      {
        id: "country",
        header: t("country"),
        accessorKey: "countryName",
        // In the reader's language ("Кыргызстан" on /ru), as the public pages name it.
        cell: ({ row }) => countryName(row.original.countryCode, locale, row.original.countryName),
      },
      {
        id: "status",
        header: t("colStatus"),
        accessorKey: "status",
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
      {
        id: "visibility",
        header: t("colVisibility"),
        accessorKey: "visibility",
        cell: ({ row }) => (row.original.deleted ? t("deletedLabel") : visibility(row.original.visibility)),
      },
      { id: "pending", header: t("colPending"), accessorKey: "pending", enableSorting: false },
      {
        id: "updated",
        header: t("colUpdated"),
        accessorKey: "updatedAt",
        cell: ({ row }) => (
          <>
            {new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(
              row.original.updatedAt,
            )}
            {row.original.updatedBy && <span className="block text-sm text-slate-600">{row.original.updatedBy}</span>}
          </>
        ),
      },
    ],
    [t, bulk, visibility, locale, chosen, selectable, selected.length],
  );
  const sorting = useMemo(() => [sort], [sort]);
  const sortHref = (columnId: string, direction: "asc" | "desc") => {
    const params = new URLSearchParams(baseSearch);
    params.set("sort", columnId);
    params.set("dir", direction);
    return `/dashboard?${params.toString()}`;
  };
  return (
    <>
      <BulkBar selected={selected} countries={countries} sources={sources} onClear={() => setChosen(new Set())} />
      <div className="mt-4">
        <DataTable
          caption={t("allCases")}
          columns={columns}
          rows={rows}
          sorting={sorting}
          sortHref={sortHref}
          getRowId={(r) => r.id}
          empty={t("noCases")}
        />
      </div>
    </>
  );
}
