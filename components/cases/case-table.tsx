"use client";
// The public list of cases: its columns, and how a sort click becomes a URL.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataTableColumn } from "@/components/data-table/data-table";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/format/country-name";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { PublicCaseRow } from "@/lib/server/public/list-cases";

export type CaseTableRow = PublicCaseRow;

type Props = {
  rows: CaseTableRow[];
  sort: { id: string; desc: boolean };
  /** The current query string without sort, dir and page, so sorting keeps the filters. */
  baseSearch: string;
};

function useColumns(): DataTableColumn<CaseTableRow>[] {
  const t = useTranslations("Cases");
  const roles = useTranslations("PersonRole");
  const person = useTranslations("Person");
  const locale = useLocale();
  return useMemo(
    () => [
      {
        id: "name",
        header: t("colName"),
        accessorKey: "fullName",
        cell: ({ row }) => (
          <Link
            href={`/cases/${row.original.slug}`}
            className={`text-blue-800 underline ${row.original.isUnnamed ? "italic" : ""}`}
          >
            <span lang={row.original.aliasName ? undefined : CONTENT_LANGUAGE}>
              {row.original.aliasName ?? row.original.fullName}
            </span>
            {row.original.aliasName && (
              <span
                className="ml-1 text-sm text-slate-600"
                lang={CONTENT_LANGUAGE}
                title={person("sourceSpelling", { name: row.original.fullName })}
              >
                ({row.original.fullName})
              </span>
            )}
          </Link>
        ),
      },
      {
        id: "country",
        header: t("colCountry"),
        accessorFn: (row) => countryName(row.countryCode, locale, row.countryName),
      },
      { id: "role", header: t("colRole"), accessorFn: (row) => row.roles.map((r) => roles(r)).join(", ") },
      {
        id: "status",
        header: t("colStatus"),
        accessorKey: "status",
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
      {
        id: "since",
        header: t("colSince"),
        accessorKey: "statusSince",
        cell: ({ row }) => (
          <PartialDate date={row.original.statusSince} precision={row.original.statusSincePrecision} />
        ),
      },
    ],
    [t, roles, person, locale],
  );
}

export function CaseTable({ rows, sort, baseSearch }: Props) {
  const t = useTranslations("Cases");
  const columns = useColumns();
  const sorting = useMemo(() => [sort], [sort]);
  const sortHref = (columnId: string, direction: "asc" | "desc") => {
    const params = new URLSearchParams(baseSearch);
    params.set("sort", columnId);
    params.set("dir", direction);
    return `/cases?${params.toString()}`;
  };
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={rows}
      sorting={sorting}
      sortHref={sortHref}
      getRowId={(row) => row.caseId}
      empty={t("empty")}
      stackOnPhone
    />
  );
}
