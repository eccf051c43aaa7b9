// Approves a pending change as the signed-in reviewer would from the review page: naming the fingerprint of what
// the page showed.
import type { Db } from "@/lib/db/create-client";
import { reviewChange } from "@/lib/server/changes/review-change";
import { changeFingerprint } from "@/lib/server/internal/change-fingerprint";

export async function seenHashOf(db: Db, changeId: string): Promise<string> {
  const change = await db.changeRequest.findUniqueOrThrow({ where: { id: changeId } });
  return db.$transaction((tx) => changeFingerprint(tx, change));
}

export async function approveChange(db: Db, changeId: string) {
  return reviewChange({ changeId, decision: "approve", seenHash: await seenHashOf(db, changeId) });
}
