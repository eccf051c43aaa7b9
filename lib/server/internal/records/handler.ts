// What each kind of record tells the writer: its table, the typed fields it writes, how it is loaded, created,
// updated and deleted, and whether a change to it would show on the public site. One file per record type.
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CitationTargetType } from "@/lib/records/fields";
import type { LockedTable } from "../lock-row";

export type Tx = Prisma.TransactionClient;

/** The record's editable values as its form shows them, and its last update time, which is its version. */
export type LoadedRecord = { values: Record<string, unknown>; updatedAt: Date; caseId: string | null };

export type CitationTarget = { type: CitationTargetType; id: string };

/** What a new record hangs from, as the form says. */
export type RecordLinks = { caseId?: string; personId?: string; target?: CitationTarget };

/** The source (resolved, or created for the occasion) and the quote that support a new record. */
export type Cited = { sourceId: string; quote: string };

export type CreatedRecord = { id: string; caseId: string | null };

/** A record type's handler, over the fields it writes. */
export type TypedRecordHandler<F> = {
  table: LockedTable;
  load: (tx: Tx, id: string) => Promise<LoadedRecord | null>;
  /** Writes the record and, when it is cited, the citation that supports it. */
  create: (tx: Tx, fields: F, links: RecordLinks, cited: Cited | null) => Promise<CreatedRecord>;
  update: (tx: Tx, id: string, fields: F) => Promise<void>;
  /** Removes the record with what cites it; links name the case a record shared by several is removed from. */
  remove?: (tx: Tx, id: string, links: RecordLinks) => Promise<void>;
  /** The case a removal applies to, where the record alone does not say; throws when the removal cannot be made. */
  removalCase?: (tx: Tx, id: string, links: RecordLinks) => Promise<string>;
  /** Whether the public site would show this change: then four-eyes publishing applies. */
  isPublic: (tx: Tx, id: string | null, links: RecordLinks) => Promise<boolean>;
  /** Refuses values that could never be applied, before a change is filed for review (create and update check
   *  again when they write). */
  check?: (tx: Tx, id: string | null, fields: F, links: RecordLinks) => Promise<void>;
};

/** The same handler as the writer calls it, for any record type: the fields are read with the type's own schema
 *  on the way in, so each type's code sees only its typed fields. */
export type RecordHandler = Omit<TypedRecordHandler<unknown>, "create" | "update" | "check"> & {
  check: (tx: Tx, id: string | null, fields: Record<string, unknown>, links: RecordLinks) => Promise<void>;
  create: (tx: Tx, fields: Record<string, unknown>, links: RecordLinks, cited: Cited | null) => Promise<CreatedRecord>;
  update: (tx: Tx, id: string, fields: Record<string, unknown>) => Promise<void>;
  /** The names of the fields the type writes, for the test that holds them to the form's field list. */
  fieldNames: () => string[];
};

/** fields: the type's fields as the record form's validation leaves them (lib/records/schemas.ts). */
export function recordHandler<S extends z.ZodObject>(
  fields: S,
  handler: TypedRecordHandler<z.output<S>>,
): RecordHandler {
  const { create, update, check, ...rest } = handler;
  return {
    ...rest,
    check: async (tx, id, raw, links) => check?.(tx, id, fields.parse(raw), links),
    create: (tx, raw, links, cited) => create(tx, fields.parse(raw), links, cited),
    update: (tx, id, raw) => update(tx, id, fields.parse(raw)),
    fieldNames: () => Object.keys(fields.shape),
  };
}
