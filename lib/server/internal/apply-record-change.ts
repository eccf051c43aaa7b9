// Writes a record change (create, update or delete) with its citation and its audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { NEEDS_CITATION, type RecordType } from "@/lib/records/fields";
import type { TCitationInput } from "@/lib/validations/case";
import { changedFields } from "./case-fields";
import { checkQuote } from "./check-quote";
import { assertRecordChangeCited, citeRecordChange, type CitationColumn } from "./record-citations";
import { placeNameClaim } from "@/lib/places/place-claims";
import { RECORD_HANDLERS } from "./record-handlers";
import type { CitationTarget, Cited, LoadedRecord } from "./records/handler";
import { resolveSource } from "./resolve-source";

export type RecordChange = {
  type: RecordType;
  id?: string;
  seen?: string;
  remove?: boolean;
  caseId?: string;
  personId?: string;
  target?: CitationTarget;
  fields: Record<string, unknown>;
  citation?: TCitationInput;
};

const CITATION_TARGET: Partial<Record<RecordType, CitationColumn>> = {
  person: "personId",
  charge: "chargeId",
  demand: "demandId",
  law: "lawId",
  caseFact: "caseFactId",
  place: "placeId",
  placeStay: "placeStayId",
};

export const cannotRemove = () => new AppError("FORBIDDEN", "This kind of record cannot be removed.");

/** For the editor's flag: false when the cited source holds its text and the quote is not in it. */
export type RecordChangeResult = { id: string; quoteFound: boolean | null };

/** The source (found, or created from the form) and quote of a change's citation part, if it has one. */
async function citedBy(tx: Prisma.TransactionClient, change: RecordChange, actorId: string): Promise<Cited | null> {
  if (!change.citation) return null;
  return { sourceId: await resolveSource(tx, change.citation, actorId), quote: change.citation.quote };
}

/** A person's spelling, or a place's other name: the record its citations hang from, and their claim. */
async function nameCitationTarget(tx: Prisma.TransactionClient, change: RecordChange & { id: string }) {
  if (change.type === "alias") {
    const alias = await tx.personAlias.findUniqueOrThrow({ where: { id: change.id }, select: { personId: true } });
    return {
      target: { column: "personId" as const, id: alias.personId },
      claimOf: (name: string) => `alias: ${name}`,
    };
  }
  if (change.type === "placeName") {
    const row = await tx.placeName.findUniqueOrThrow({ where: { id: change.id }, select: { placeId: true } });
    return { target: { column: "placeId" as const, id: row.placeId }, claimOf: placeNameClaim };
  }
  return null;
}

/** On an edit, the new source and quote replace the citations that supported the old values. */
async function citeUpdate(
  tx: Prisma.TransactionClient,
  change: RecordChange & { id: string },
  diff: Record<string, [unknown, unknown]>,
  previous: Record<string, unknown>,
  actorId: string,
) {
  const cited = await citedBy(tx, change, actorId);
  if (!cited) return null;
  const column = CITATION_TARGET[change.type];
  const named = await nameCitationTarget(tx, change);
  if (named) {
    // A spelling is cited on what it names, under a claim named after it: the new one replaces the old one's.
    await citeRecordChange(
      tx,
      change.type,
      named.target,
      { name: [previous.name, change.fields.name] },
      cited,
      named.claimOf(String(previous.name)),
    );
  } else if (column) {
    await citeRecordChange(tx, change.type, { column, id: change.id }, diff, cited);
  }
  return cited;
}

async function createRecord(tx: Prisma.TransactionClient, change: RecordChange, actorId: string) {
  if (!change.citation && NEEDS_CITATION.has(change.type))
    throw new AppError("INVALID_INPUT", "A source and quote are required.", {
      fieldErrors: { "citation.quote": ["required"] },
    });
  const cited = await citedBy(tx, change, actorId);
  const created = await RECORD_HANDLERS[change.type].create(tx, change.fields, change, cited);
  await writeAudit(tx, {
    actorId,
    action: "RECORD_CREATED",
    entityType: change.type,
    entityId: created.id,
    diff: diffFields({}, change.fields),
    meta: { caseId: created.caseId ?? change.caseId ?? null },
  });
  return created.id;
}

/** current: the record as locked by lockRecord (lock-record.ts), whose version the caller has checked; null for a
 *  new record. */
export async function applyRecordChange(
  tx: Prisma.TransactionClient,
  change: RecordChange,
  current: LoadedRecord | null,
  actorId: string,
): Promise<RecordChangeResult> {
  const handler = RECORD_HANDLERS[change.type];
  const quoteFound = () =>
    change.citation ? checkQuote(tx, change.citation.sourceId, change.citation.quote) : Promise.resolve(null);
  const id = change.id;
  if (!id) return { id: await createRecord(tx, change, actorId), quoteFound: await quoteFound() };
  if (!current) throw new AppError("NOT_FOUND", "This record does not exist.");
  if (change.remove) {
    if (!handler.remove) throw cannotRemove();
    await handler.remove(tx, id, change);
    await writeAudit(tx, {
      actorId,
      action: "RECORD_DELETED",
      entityType: change.type,
      entityId: id,
      diff: diffFields(current.values, {}),
    });
    return { id, quoteFound: null };
  }
  // Only the fields the form sends count as changed; writeAudit redacts any secret among them.
  const diff = changedFields(current.values, change.fields);
  if (Object.keys(diff).length === 0) return { id, quoteFound: null };
  assertRecordChangeCited(change.type, change.fields, diff, change.citation);
  await handler.update(tx, id, change.fields);
  const cited = await citeUpdate(tx, { ...change, id }, diff, current.values, actorId);
  await writeAudit(tx, {
    actorId,
    action: "RECORD_UPDATED",
    entityType: change.type,
    entityId: id,
    diff,
    meta: { caseId: current.caseId, ...cited },
  });
  return { id, quoteFound: await quoteFound() };
}
