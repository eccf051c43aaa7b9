"use client";
// The editors' list of every case, in the same table component as the public list, with staff columns.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/format/country-name";
import type { StaffCaseRow } from "@/lib/server/cases/list-staff-cases";

type Props = { rows: StaffCaseRow[]; sort: { id: string; desc: boolean }; baseSearch: string };

export function StaffCaseTable({ rows, sort, baseSearch }: Props) {
  const t = useTranslations("Editor");
  const visibility = useTranslations("Visibility");
  const locale = useLocale();
  const columns = useMemo<DataTableColumn<StaffCaseRow>[]>(
    () => [
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
    [t, visibility, locale],
  );
  const sorting = useMemo(() => [sort], [sort]);
  const sortHref = (columnId: string, direction: "asc" | "desc") => {
    const params = new URLSearchParams(baseSearch);
    params.set("sort", columnId);
    params.set("dir", direction);
    return `/dashboard?${params.toString()}`;
  };
  return (
    <DataTable
      caption={t("allCases")}
      columns={columns}
      rows={rows}
      sorting={sorting}
      sortHref={sortHref}
      getRowId={(r) => r.id}
      empty={t("noCases")}
    />
  );
}
