// The signed-in editor's own changes that were rejected or sent back lately, with the reviewer's reason, so the
// proposer learns what to fix.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

const RECENT_DAYS = 30;

export async function listMyReviewedChanges() {
  const user = await requireUser();
  return db.changeRequest.findMany({
    where: {
      createdById: user.id,
      state: { in: ["REJECTED", "OUTDATED"] },
      reviewedAt: { gte: new Date(Date.now() - RECENT_DAYS * 86_400_000) },
    },
    orderBy: { reviewedAt: "desc" },
    take: 20,
    select: {
      id: true,
      kind: true,
      entityType: true,
      state: true,
      reviewNote: true,
      reviewedAt: true,
      reviewedBy: { select: { name: true } },
      case: { select: { id: true, person: { select: { fullName: true } } } },
    },
  });
}

export type MyReviewedChange = Awaited<ReturnType<typeof listMyReviewedChanges>>[number];
