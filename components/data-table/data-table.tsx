"use client";
// The one table component: TanStack Table renders the rows the server already sorted and paged.
// Sort headers are links, so the sort lives in the URL and works without JavaScript.
import { ScrollRegion } from "@/components/scroll-region";
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
  /**
   * On a phone, show each row as a stacked card (every cell on its own line, labelled with its column's
   * header) and the sort headers as a row of links, so nothing needs sideways scrolling.
   */
  stackOnPhone?: boolean;
};

/** Classes that turn the table into cards below Tailwind's `sm` breakpoint. */
const STACKED = {
  table: "max-sm:block",
  thead: "max-sm:block",
  headRow: "max-sm:flex max-sm:flex-wrap max-sm:gap-x-1",
  head: "max-sm:px-2 max-sm:py-1 max-sm:text-sm",
  tbody: "max-sm:block",
  row: "max-sm:block max-sm:py-2",
  cell: "max-sm:flex max-sm:gap-2 max-sm:py-0.5 max-sm:before:w-24 max-sm:before:shrink-0 max-sm:before:text-sm max-sm:before:font-semibold max-sm:before:text-slate-700 max-sm:before:content-[attr(data-label)]",
  empty: "max-sm:block max-sm:before:content-none",
};
const NOT_STACKED = { table: "", thead: "", headRow: "", head: "", tbody: "", row: "", cell: "", empty: "" };

/** A column's header as plain text, for the label a stacked cell shows before its value. */
function headerText(header: unknown): string | undefined {
  return typeof header === "string" ? header : undefined;
}

export function DataTable<TRow extends RowData>({
  caption,
  columns,
  rows,
  sorting,
  sortHref,
  getRowId,
  empty,
  stackOnPhone = false,
}: Props<TRow>) {
  const stack = stackOnPhone ? STACKED : NOT_STACKED;
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
    <ScrollRegion label={caption}>
      <table className={`w-full border-collapse text-left ${stack.table}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className={stack.thead}>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className={`border-b-2 border-slate-300 ${stack.headRow}`}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const next = header.column.getNextSortingOrder() || "asc";
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    className={`px-3 py-2 font-semibold ${stack.head}`}
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
        <tbody className={stack.tbody}>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={`border-b border-slate-200 align-top odd:bg-slate-50 ${stack.row}`}>
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={`px-3 py-2 ${stack.cell}`}
                  data-label={stackOnPhone ? headerText(cell.column.columnDef.header) : undefined}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className={`px-3 py-6 text-center text-slate-600 ${stack.empty}`}>
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
