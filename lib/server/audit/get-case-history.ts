// The audit trail of one case, newest first, for its history view. Reviews of changes to the case's records (an
// alias, a charge…) are included, so a rejection and its reason show where the proposer looks.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { withAuditNames } from "@/lib/audit/audit-names";
import { db } from "@/lib/db/client";

const REVIEW_ACTIONS = ["CHANGE_SUBMITTED", "CHANGE_APPROVED", "CHANGE_REJECTED", "CHANGE_SENT_BACK"];

export async function getCaseHistory(caseId: string) {
  await requireUser();
  const rows = await db.auditLog.findMany({
    where: {
      OR: [
        { entityType: "case", entityId: caseId },
        { action: { in: REVIEW_ACTIONS }, entityType: { not: "case" }, meta: { path: ["caseId"], equals: caseId } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      action: true,
      diff: true,
      meta: true,
      createdAt: true,
      entityType: true,
      entityId: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return withAuditNames(db, rows);
}

export type AuditEntry = Awaited<ReturnType<typeof getCaseHistory>>[number];
