// Takes a case off every public page (a soft delete an admin can undo) and withdraws what was waiting for it.
// Used by a direct deletion, by an approved unpublication and by an admin's emergency takedown.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import type { LockedCase } from "./lock-case";

type How = { action: "CASE_DELETED" | "CASE_TAKEN_DOWN"; reason?: string | null; changeId?: string };

export async function applyUnpublish(
  tx: Prisma.TransactionClient,
  current: LockedCase,
  actorId: string,
  how: How,
): Promise<number> {
  const updated = await tx.case.update({
    where: { id: current.id },
    data: { deletedAt: new Date(), version: { increment: 1 }, updatedById: actorId },
    select: { version: true },
  });
  const withdrawn = await tx.changeRequest.updateMany({
    where: { caseId: current.id, state: "PENDING", ...(how.changeId ? { id: { not: how.changeId } } : {}) },
    data: { state: "WITHDRAWN" },
  });
  await writeAudit(tx, {
    actorId,
    action: how.action,
    entityType: "case",
    entityId: current.id,
    diff: { visibility: [current.visibility, "DELETED"] },
    meta: {
      version: updated.version,
      reason: how.reason ?? null,
      withdrawnChanges: withdrawn.count,
      ...(how.changeId ? { changeId: how.changeId } : {}),
    },
  });
  return updated.version;
}
