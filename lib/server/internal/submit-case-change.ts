// Files a change to a case for a second person's review, with its audit row. The request keeps the fingerprint
// of what it asks the reviewer to approve, so a later edit to the case cannot ride along with the approval.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditDiff } from "@/lib/audit/write-audit";
import { changeFingerprint } from "./change-fingerprint";

type CaseChange = {
  kind: "UPDATE_CASE" | "CHANGE_STATUS" | "PUBLISH_CASE" | "UNPUBLISH_CASE";
  caseId: string;
  payload: Prisma.InputJsonObject;
  baseVersion: number;
  actorId: string;
  diff?: AuditDiff;
  meta?: Record<string, unknown>;
  /** Set when an import proposed it, so the batch can be reviewed as a whole. */
  importBatchId?: string;
};

export async function submitCaseChange(tx: Prisma.TransactionClient, change: CaseChange): Promise<string> {
  const contentHash = await changeFingerprint(tx, {
    kind: change.kind,
    caseId: change.caseId,
    entityType: null,
    entityId: null,
    payload: change.payload,
  });
  const request = await tx.changeRequest.create({
    data: {
      kind: change.kind,
      caseId: change.caseId,
      payload: change.payload,
      baseVersion: change.baseVersion,
      contentHash,
      createdById: change.actorId,
      importBatchId: change.importBatchId,
    },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId: change.actorId,
    action: "CHANGE_SUBMITTED",
    entityType: "case",
    entityId: change.caseId,
    diff: change.diff,
    meta: { changeId: request.id, kind: change.kind, ...change.meta },
  });
  return request.id;
}
