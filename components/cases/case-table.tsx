"use client";
// The public list of cases: its columns, and how a sort click becomes a URL.
import Link from "next/link";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table/data-table";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { ROLE_LABELS } from "@/lib/format/labels";
import type { PublicCaseRow } from "@/lib/server/public/list-cases";

export type CaseTableRow = PublicCaseRow;

const columns: DataTableColumn<CaseTableRow>[] = [
  {
    id: "name",
    header: "Name",
    accessorKey: "fullName",
    cell: ({ row }) => (
      <Link href={`/cases/${row.original.slug}`} className={`text-blue-800 underline ${row.original.isUnnamed ? "italic" : ""}`}>
        {row.original.fullName}
      </Link>
    ),
  },
  { id: "country", header: "Country", accessorKey: "countryName" },
  {
    id: "role",
    header: "Role",
    accessorFn: (row) => row.roles.map((r) => ROLE_LABELS[r]).join(", "),
  },
  { id: "status", header: "Status", accessorKey: "status", cell: ({ row }) => <StatusBadge status={row.original.status} /> },
  {
    id: "since",
    header: "Since",
    accessorKey: "statusSince",
    cell: ({ row }) => <PartialDate date={row.original.statusSince} precision={row.original.statusSincePrecision} />,
  },
];

type Props = {
  rows: CaseTableRow[];
  sort: { id: string; desc: boolean };
  /** The current query string without sort, dir and page, so sorting keeps the filters. */
  baseSearch: string;
};

export function CaseTable({ rows, sort, baseSearch }: Props) {
  const sorting = useMemo(() => [sort], [sort]);
  const sortHref = (columnId: string, direction: "asc" | "desc") => {
    const params = new URLSearchParams(baseSearch);
    params.set("sort", columnId);
    params.set("dir", direction);
    return `/cases?${params.toString()}`;
  };
  return (
    <DataTable
      caption="Published cases"
      columns={columns}
      rows={rows}
      sorting={sorting}
      sortHref={sortHref}
      getRowId={(row) => row.caseId}
      empty="No published case matches these filters."
    />
  );
}
