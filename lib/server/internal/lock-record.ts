// Reads a record for writing, holding its row lock until the transaction ends, and refuses a form made from an
// older version of it: the same scheme as lock-case.ts (see lock-row.ts). A record's version is its update time.
import { AppError } from "@/lib/errors";
import type { RecordType } from "@/lib/records/fields";
import { lockRow, refuseIfStale } from "./lock-row";
import { RECORD_HANDLERS } from "./record-handlers";
import type { LoadedRecord, Tx } from "./records/handler";
import { staleRecordError } from "./stale-version";

/** seen: the update time the editor's form was made from (ISO); omitted where the write does not depend on one. */
export async function lockRecord(tx: Tx, type: RecordType, id: string, seen?: string): Promise<LoadedRecord> {
  const handler = RECORD_HANDLERS[type];
  const current = (await lockRow(tx, handler.table, id)) ? await handler.load(tx, id) : null;
  if (!current) throw new AppError("NOT_FOUND", "This record does not exist.");
  await refuseIfStale(seen, current.updatedAt.toISOString(), staleRecordError);
  return current;
}
