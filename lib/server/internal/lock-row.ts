// The one locking scheme for every write, to cases and records alike: the row is locked (FOR UPDATE) before it is
// read, so nothing can change it between the version check and the write, and a form made from an older version
// is refused here, once, rather than by each caller.
import { Prisma } from "@/lib/generated/prisma/client";

/** The tables whose rows are written through a lock. Only these constants ever reach the SQL text. */
export type LockedTable =
  | "case"
  | "person"
  | "person_alias"
  | "external_identifier"
  | "charge"
  | "demand"
  | "case_fact"
  | "law"
  | "organisation"
  | "source"
  | "citation"
  | "place"
  | "place_name"
  | "place_stay";

/** Locks the row until the transaction ends; false when there is no such row. */
export async function lockRow(tx: Prisma.TransactionClient, table: LockedTable, id: string): Promise<boolean> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`;
  return locked.length > 0;
}

/** Refuses a write made from an older version than the row's: `seen` is what the form was made from (none: any). */
export async function refuseIfStale<V>(
  seen: V | undefined,
  current: V,
  stale: () => Error | Promise<Error>,
): Promise<void> {
  if (seen !== undefined && seen !== current) throw await stale();
}
