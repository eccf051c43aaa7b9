// The audit trail of one case, newest first, for its history view.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function getCaseHistory(caseId: string) {
  await requireUser();
  return db.auditLog.findMany({
    where: { entityType: "case", entityId: caseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, action: true, diff: true, meta: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
}

export type AuditEntry = Awaited<ReturnType<typeof getCaseHistory>>[number];
