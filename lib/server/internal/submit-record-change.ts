// Applies a record change at once, or files it for review when the public would see it and four-eyes is on.
import { writeAudit } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeFingerprint } from "./change-fingerprint";
import { applyRecordChange, cannotRemove, type RecordChange } from "./apply-record-change";
import { changedFields } from "./case-fields";
import { checkQuote } from "./check-quote";
import { assertRecordChangeCited } from "./record-citations";
import { isFourEyesOn } from "./four-eyes";
import { lockRecord } from "./lock-record";
import { RECORD_HANDLERS } from "./record-handlers";

/** A new alias, identifier or person citation belongs to the person's case, so its review shows in that case's history. */
async function firstCaseOfPerson(tx: Prisma.TransactionClient, change: RecordChange): Promise<string | null> {
  const personId = change.personId ?? (change.target?.type === "person" ? change.target.id : undefined);
  if (!personId) return null;
  return (
    (await tx.case.findFirst({ where: { personId }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id ?? null
  );
}

export async function submitRecordChange(
  tx: Prisma.TransactionClient,
  change: RecordChange,
  raw: unknown,
  actorId: string,
) {
  const handler = RECORD_HANDLERS[change.type];
  const current = change.id ? await lockRecord(tx, change.type, change.id, change.seen) : null;
  // Refused before it reaches a reviewer: a changed public fact cites its source.
  if (current && !change.remove)
    assertRecordChangeCited(change.type, change.fields, changedFields(current.values, change.fields), change.citation);
  // A removal is refused here, not at its approval, when it could never be applied.
  if (change.remove && !handler.remove) throw cannotRemove();
  const removalCase =
    change.remove && change.id && handler.removalCase ? await handler.removalCase(tx, change.id, change) : null;
  if (!change.remove) await handler.check(tx, change.id ?? null, change.fields, change);
  const needsReview = (await handler.isPublic(tx, change.id ?? null, change)) && (await isFourEyesOn(tx));
  if (!needsReview) return { ...(await applyRecordChange(tx, change, current, actorId)), pendingReview: false };
  const kind = change.remove
    ? ("DELETE_RECORD" as const)
    : change.id
      ? ("UPDATE_RECORD" as const)
      : ("CREATE_RECORD" as const);
  const proposal = {
    kind,
    entityType: change.type,
    entityId: change.id ?? null,
    caseId:
      removalCase ??
      current?.caseId ??
      change.caseId ??
      (change.target?.type === "case" ? change.target.id : null) ??
      (await firstCaseOfPerson(tx, change)),
    // The raw form, validated again on approval.
    payload: { form: raw as Prisma.InputJsonValue, remove: change.remove ?? false },
  };
  const request = await tx.changeRequest.create({
    data: { ...proposal, contentHash: await changeFingerprint(tx, proposal), createdById: actorId },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId,
    action: "CHANGE_SUBMITTED",
    entityType: change.type,
    entityId: change.id,
    meta: { changeId: request.id, kind },
  });
  const quoteFound = change.citation ? await checkQuote(tx, change.citation.sourceId, change.citation.quote) : null;
  return { id: change.id ?? null, pendingReview: true, quoteFound };
}
