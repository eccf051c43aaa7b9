// The exchange import for a known actor, on the spreadsheet import's path: the dry run reads the file, checks each
// case by the same rules as the "new case" form, matches it (external identifiers first, then name key and
// country) and writes nothing; the import does the same check and then every write in one transaction.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";
import { readExchange, type ExchangeRead } from "@/lib/exchange/read-exchange";
import { toImportRow } from "@/lib/exchange/to-import-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedRow } from "@/lib/import/parse-row";
import type { ImportOutcome, ImportReport } from "../import/import-spreadsheet";
import { planImport, type RowOutcome } from "../import/plan-import";
import type { ImportOptions } from "../import/write-import";
import { writeExchange, type ExchangePlannedRow } from "./write-exchange";

const READ_LIMITS = { timeout: 2 * 60_000, maxWait: 30_000 };

async function plan(tx: Prisma.TransactionClient, read: ExchangeRead): Promise<ExchangePlannedRow[]> {
  const countries = new Set((await tx.country.findMany({ select: { code: true } })).map((c) => c.code));
  const parsed = read.rows.map((r): ParsedRow => {
    if (!r.ok) return { ok: false, problems: r.problems };
    const code = r.value.country.code;
    // A file cannot invent a country: the countries are this instance's own.
    if (!countries.has(code))
      return {
        ok: false,
        problems: [{ row: r.row, column: "country.code", code: "unknownCountry", params: { value: code } }],
      };
    return toImportRow(r.row, r.value, read.sources);
  });
  const planned = await planImport(
    tx,
    parsed,
    read.rows.map((r) => r.row),
    read.rows.map((r) => r.name),
  );
  return planned.map((p, i) => {
    const r = read.rows[i]!;
    return { ...p, value: r.ok && p.input ? r.value : null };
  });
}

function report(fileName: string, planned: ExchangePlannedRow[]): ImportReport {
  const counts: Record<RowOutcome, number> = { new: 0, update: 0, unchanged: 0, duplicate: 0, invalid: 0 };
  const rows = planned.map(({ input: _input, value: _value, ...row }) => {
    counts[row.outcome] += 1;
    return row;
  });
  return { fileName, format: "exchange", rows, counts, problems: rows.flatMap((r) => r.problems) };
}

export async function checkExchange(db: Db, bytes: Uint8Array, fileName: string): Promise<ImportReport> {
  const read = readExchange(bytes);
  return report(fileName, await db.$transaction((tx) => plan(tx, read), READ_LIMITS));
}

/** Refuses (result null, nothing written) while any case is invalid, unless told to skip invalid cases. */
export async function importExchange(
  db: Db,
  actorId: string,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const read = readExchange(bytes);
  const fileHash = createHash("sha256").update(bytes).digest("hex");
  const checked = report(fileName, await db.$transaction((tx) => plan(tx, read), READ_LIMITS));
  if (checked.counts.invalid > 0 && !options.skipInvalid) return { report: checked, result: null };
  if (checked.rows.length === checked.counts.invalid)
    throw new AppError("INVALID_INPUT", "No case in this file can be imported.", { reason: "importNothingValid" });
  // Planned again inside the transaction, so the writes follow what the database holds at that moment.
  const result = await db.$transaction(
    async (tx) =>
      writeExchange(tx, await plan(tx, read), read, options, actorId, {
        format: "exchange",
        fileName,
        fileHash,
        instance: read.instance,
      }),
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  return { report: checked, result };
}
