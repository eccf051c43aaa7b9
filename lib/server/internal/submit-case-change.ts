// Files a change to a case for a second person's review, with its audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type AuditDiff } from "@/lib/audit/write-audit";

type CaseChange = {
  kind: "UPDATE_CASE" | "CHANGE_STATUS" | "PUBLISH_CASE";
  caseId: string;
  payload: Prisma.InputJsonObject;
  baseVersion: number;
  actorId: string;
  diff?: AuditDiff;
  meta?: Record<string, unknown>;
};

export async function submitCaseChange(tx: Prisma.TransactionClient, change: CaseChange): Promise<string> {
  const request = await tx.changeRequest.create({
    data: { kind: change.kind, caseId: change.caseId, payload: change.payload, baseVersion: change.baseVersion, createdById: change.actorId },
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
