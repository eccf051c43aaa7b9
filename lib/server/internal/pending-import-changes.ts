// The changes of one import batch still waiting for review, and the fingerprint a reviewer approves them by: the
// list of those changes with the fingerprint each had when it was submitted. Approving the batch applies each one
// only if its case still matches what was submitted (review-change.ts), so the reviewer approves exactly the rows
// they could read, and a case edited since goes back to its author instead.
import type { Prisma } from "@/lib/generated/prisma/client";
import { fingerprint } from "@/lib/review/fingerprint";

export type PendingImportChange = { id: string; contentHash: string | null };

export function pendingImportChanges(tx: Prisma.TransactionClient, batchId: string): Promise<PendingImportChange[]> {
  return tx.changeRequest.findMany({
    where: { importBatchId: batchId, state: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, contentHash: true },
  });
}

export const importBatchFingerprint = (changes: PendingImportChange[]): string =>
  fingerprint({ pendingImportChanges: changes.map((c) => [c.id, c.contentHash]) });
