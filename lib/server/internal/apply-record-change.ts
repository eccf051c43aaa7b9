// Writes a record change (create, update or delete) with its citation and its audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { NEEDS_CITATION, type RecordType } from "@/lib/records/fields";
import type { TCitationInput } from "@/lib/validations/case";
import { changedFields } from "./case-fields";
import { checkQuote } from "./check-quote";
import { assertRecordChangeCited, citeRecordChange } from "./record-citations";
import { RECORD_HANDLERS } from "./record-handlers";
import { resolveSource } from "./resolve-source";

export type RecordChange = {
  type: RecordType;
  id?: string;
  seen?: string;
  remove?: boolean;
  caseId?: string;
  personId?: string;
  target?: { type: "person" | "case" | "charge" | "demand" | "law"; id: string };
  fields: Record<string, unknown>;
  citation?: TCitationInput;
};

const CITATION_TARGET: Partial<Record<RecordType, "personId" | "chargeId" | "demandId" | "lawId" | "caseFactId">> = {
  person: "personId",
  charge: "chargeId",
  demand: "demandId",
  law: "lawId",
  caseFact: "caseFactId",
};

/** For the editor's flag: false when the cited source holds its text and the quote is not in it. */
export type RecordChangeResult = { id: string; quoteFound: boolean | null };

export function staleRecord(): AppError {
  return new AppError("CONFLICT", "Someone else saved this record after you opened it. Nothing was overwritten.", {
    reason: "staleVersion",
  });
}

async function cite(
  tx: Prisma.TransactionClient,
  change: RecordChange,
  recordId: string,
  actorId: string,
): Promise<void> {
  if (!change.citation) {
    if (NEEDS_CITATION.has(change.type))
      throw new AppError("INVALID_INPUT", "A source and quote are required.", {
        fieldErrors: { "citation.quote": ["required"] },
      });
    return;
  }
  const sourceId = await resolveSource(tx, change.citation, actorId);
  const base = { sourceId, quote: change.citation.quote };
  if (change.type === "citation") {
    const target = change.target!;
    await tx.citation.create({
      data: {
        ...base,
        claim: String(change.fields.claim),
        locator: (change.fields.locator as string | null) ?? null,
        [`${target.type}Id`]: target.id,
      },
    });
  } else if (change.type === "alias") {
    await tx.citation.create({
      data: { ...base, claim: `alias: ${String(change.fields.name)}`, personId: change.personId! },
    });
  } else if (CITATION_TARGET[change.type]) {
    await tx.citation.create({
      data: {
        ...base,
        claim: change.type === "caseFact" ? "fact" : change.type,
        [CITATION_TARGET[change.type]!]: recordId,
      },
    });
  }
}

/** On an edit, the new source and quote replace the citations that supported the old values. */
async function citeUpdate(
  tx: Prisma.TransactionClient,
  change: RecordChange,
  diff: Record<string, [unknown, unknown]>,
  previous: Record<string, unknown>,
  actorId: string,
) {
  if (!change.citation) return null;
  const sourceId = await resolveSource(tx, change.citation, actorId);
  const cited = { sourceId, quote: change.citation.quote };
  if (change.type === "alias") {
    const alias = await tx.personAlias.findUniqueOrThrow({ where: { id: change.id! }, select: { personId: true } });
    await citeRecordChange(
      tx,
      "alias",
      { column: "personId", id: alias.personId },
      { name: [previous.name, change.fields.name] },
      cited,
      String(previous.name),
    );
  } else if (CITATION_TARGET[change.type]) {
    await citeRecordChange(tx, change.type, { column: CITATION_TARGET[change.type]!, id: change.id! }, diff, cited);
  }
  return cited;
}

export async function applyRecordChange(
  tx: Prisma.TransactionClient,
  change: RecordChange,
  actorId: string,
): Promise<RecordChangeResult> {
  const handler = RECORD_HANDLERS[change.type];
  const quoteFound = () =>
    change.citation ? checkQuote(tx, change.citation.sourceId, change.citation.quote) : Promise.resolve(null);
  if (!change.id) {
    const created = await handler.create(tx, change.fields, change);
    await cite(tx, change, created.id, actorId);
    await writeAudit(tx, {
      actorId,
      action: "RECORD_CREATED",
      entityType: change.type,
      entityId: created.id,
      diff: diffFields({}, change.fields),
      meta: { caseId: created.caseId ?? change.caseId ?? null },
    });
    return { id: created.id, quoteFound: await quoteFound() };
  }
  const current = await handler.load(tx, change.id);
  if (!current) throw new AppError("NOT_FOUND", "This record does not exist.");
  if (change.seen && current.updatedAt.toISOString() !== change.seen) throw staleRecord();
  if (change.remove) {
    if (!handler.remove) throw new AppError("FORBIDDEN", "This kind of record cannot be deleted.");
    await handler.remove(tx, change.id);
    await writeAudit(tx, {
      actorId,
      action: "RECORD_DELETED",
      entityType: change.type,
      entityId: change.id,
      diff: diffFields(current.values, {}),
    });
    return { id: change.id, quoteFound: null };
  }
  // Only the fields the form sends count as changed; writeAudit redacts any secret among them.
  const diff = changedFields(current.values, change.fields);
  if (Object.keys(diff).length === 0) return { id: change.id, quoteFound: null };
  assertRecordChangeCited(change.type, change.fields, diff, change.citation);
  await handler.update(tx, change.id, change.fields);
  const cited = await citeUpdate(tx, change, diff, current.values, actorId);
  await writeAudit(tx, {
    actorId,
    action: "RECORD_UPDATED",
    entityType: change.type,
    entityId: change.id,
    diff,
    meta: { caseId: current.caseId, ...cited },
  });
  return { id: change.id, quoteFound: await quoteFound() };
}
