// Changes waiting for review, with who proposed them, for the reviewers' queue.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { withEvidence } from "../internal/pending-change-evidence";

export async function listPendingChanges(caseId?: string) {
  await requireUser();
  const changes = await db.changeRequest.findMany({
    where: { state: "PENDING", ...(caseId ? { caseId } : {}) },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: {
      id: true,
      kind: true,
      entityType: true,
      entityId: true,
      payload: true,
      createdAt: true,
      createdById: true,
      createdBy: { select: { name: true } },
      case: { select: { id: true, status: true, person: { select: { fullName: true } } } },
    },
  });
  return db.$transaction((tx) => withEvidence(tx, changes));
}

export type PendingChange = Awaited<ReturnType<typeof listPendingChanges>>[number];
