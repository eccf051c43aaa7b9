// The spreadsheet import for a known actor: the dry run (read, check, match; writes nothing) and the import
// (the same check, then every write in one transaction, so a failure leaves nothing half-written). The data layer
// (lib/server/import) checks the session first; the command line names the actor with --as.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { countryLookup } from "@/lib/import/country-lookup";
import type { ImportProblem } from "@/lib/import/import-problem";
import { parseRow } from "@/lib/import/parse-row";
import { readTable, type Table } from "@/lib/import/read-table";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planImport, type PlannedRow, type RowOutcome, type RowReport } from "./plan-import";
import { writeImport, type ImportOptions, type ImportResult } from "./write-import";

/** Interactive transactions default to five seconds; a 10,000-row file needs longer. */
const READ_LIMITS = { timeout: 2 * 60_000, maxWait: 30_000 };

export type ImportReport = {
  fileName: string;
  format: "csv" | "xlsx" | "exchange";
  rows: RowReport[];
  counts: Record<RowOutcome, number>;
  /** Every row problem, in row order, for the downloadable report. */
  problems: ImportProblem[];
};

async function plan(client: Prisma.TransactionClient, table: Table): Promise<PlannedRow[]> {
  const countries = await client.country.findMany({ select: { code: true, name: true } });
  const lookup = countryLookup(countries);
  const parsed = table.rows.map((row) => parseRow(row, lookup));
  return planImport(
    client,
    parsed,
    table.rows.map((r) => r.row),
    table.rows.map((r) => (r.cells.get("name") ?? "").trim().slice(0, 200)),
  );
}

function report(fileName: string, table: Table, planned: PlannedRow[]): ImportReport {
  const counts: Record<RowOutcome, number> = { new: 0, update: 0, unchanged: 0, duplicate: 0, invalid: 0 };
  const rows = planned.map(({ input: _input, ...row }) => {
    counts[row.outcome] += 1;
    return row;
  });
  return { fileName, format: table.format, rows, counts, problems: rows.flatMap((r) => r.problems) };
}

export async function checkSpreadsheet(db: Db, bytes: Uint8Array, fileName: string): Promise<ImportReport> {
  const table = await readTable(bytes);
  // Read in one transaction, so every row is judged against the same snapshot.
  return report(fileName, table, await db.$transaction((tx) => plan(tx, table), READ_LIMITS));
}

export type ImportOutcome = { report: ImportReport; result: ImportResult | null };

/** Refuses (result null, nothing written) while any row is invalid, unless told to skip invalid rows. */
export async function importSpreadsheet(
  db: Db,
  actorId: string,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const table = await readTable(bytes);
  const fileHash = createHash("sha256").update(bytes).digest("hex");
  // Planned once, inside the writing transaction: the report the editor gets is the one the writes follow, and a
  // refused file leaves the transaction without a write.
  return db.$transaction(
    async (tx) => {
      const planned = await plan(tx, table);
      const checked = report(fileName, table, planned);
      if (checked.counts.invalid > 0 && !options.skipInvalid) return { report: checked, result: null };
      if (checked.rows.length === checked.counts.invalid)
        throw new AppError("INVALID_INPUT", "No row of this file can be imported.", { reason: "importNothingValid" });
      const file = { format: "spreadsheet" as const, fileName, fileHash };
      return { report: checked, result: await writeImport(tx, planned, options, actorId, file) };
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
