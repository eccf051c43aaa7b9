"use client";
// The one table component: TanStack Table renders the rows the server already sorted and paged.
// Sort headers are links, so the sort lives in the URL and works without JavaScript.
import { Link } from "@/i18n/navigation";
import {
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";

const features = tableFeatures({ rowSortingFeature });

export type TableFeatures = typeof features;
export type DataTableColumn<TRow extends RowData> = ColumnDef<TableFeatures, TRow>;

type Props<TRow extends RowData> = {
  caption: string;
  columns: DataTableColumn<TRow>[];
  rows: TRow[];
  sorting: SortingState;
  sortHref: (columnId: string, direction: "asc" | "desc") => string;
  getRowId: (row: TRow) => string;
  empty: string;
};

export function DataTable<TRow extends RowData>({
  caption,
  columns,
  rows,
  sorting,
  sortHref,
  getRowId,
  empty,
}: Props<TRow>) {
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId,
    state: { sorting },
    manualSorting: true,
    enableSortingRemoval: false,
  });

  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b-2 border-slate-300">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const next = header.column.getNextSortingOrder() || "asc";
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className="px-3 py-2 font-semibold"
                  >
                    {header.column.getCanSort() ? (
                      <Link
                        href={sortHref(header.column.id, next)}
                        className="inline-flex items-center gap-1 hover:underline"
                      >
                        {label}
                        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top odd:bg-slate-50">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
