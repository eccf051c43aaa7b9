// One entrance for every import file: a .json file (or one that starts with "{") is an exchange file from another
// Habeas instance, anything else a spreadsheet. Both take the same dry run, report, batch and review.
import type { Db } from "@/lib/db/create-client";
import { isExchangeFile } from "@/lib/exchange/read-exchange";
import { checkExchange, importExchange } from "../exchange/import-exchange";
import { checkSpreadsheet, importSpreadsheet, type ImportOutcome, type ImportReport } from "./import-spreadsheet";
import type { ImportOptions } from "./write-import";

export function checkImportFile(db: Db, bytes: Uint8Array, fileName: string): Promise<ImportReport> {
  return isExchangeFile(bytes, fileName) ? checkExchange(db, bytes, fileName) : checkSpreadsheet(db, bytes, fileName);
}

export function importFile(
  db: Db,
  actorId: string,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
): Promise<ImportOutcome> {
  return isExchangeFile(bytes, fileName)
    ? importExchange(db, actorId, bytes, fileName, options)
    : importSpreadsheet(db, actorId, bytes, fileName, options);
}
