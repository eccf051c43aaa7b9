// Approves or rejects every pending change of one import at once: the four-eyes review of a spreadsheet of
// hundreds of rows. The reviewer names the fingerprint of the import's pending changes as their page showed them;
// then each change is reviewed as it would be one by one (review-change.ts), in its own transaction with its own
// audit row, so one case edited since submission goes back to its author without holding up the others. A large
// import is worked through in slices of a few seconds; the reply says how many remain, and the page continues.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { ZImportBatchReviewSchema } from "@/lib/validations/import-batch-review";
import { importBatchFingerprint, pendingImportChanges } from "../internal/pending-import-changes";
import { reviewChange } from "./review-change";

/** How long one request works through an import before it replies with what remains. */
const SLICE_MS = 8_000;

export type ImportBatchReviewOutcome = {
  approved: number;
  rejected: number;
  /** Changes whose case changed after submission: sent back to the author, as a single approval would. */
  sentBack: number;
  /** Changes that could not be applied (for example reviewed by someone else meanwhile); they stay as they are. */
  notApplied: number;
  /** Pending changes of the import not reached in this slice. */
  remaining: number;
  /** The fingerprint of what remains, for the next slice of the same review. */
  nextSeenHash: string | null;
};

export async function reviewImportBatch(raw: unknown, sliceMs = SLICE_MS): Promise<ImportBatchReviewOutcome> {
  const user = await requireUser();
  const input = ZImportBatchReviewSchema.parse(raw);
  const batch = await db.importBatch.findUnique({ where: { id: input.batchId }, select: { createdById: true } });
  if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.");
  if (batch.createdById === user.id)
    throw new AppError("FORBIDDEN", "You cannot review your own import.", { reason: "ownChange" });
  const changes = await db.$transaction((tx) => pendingImportChanges(tx, input.batchId));
  if (changes.length === 0)
    throw new AppError("CONFLICT", "This import has no changes waiting for review.", { reason: "alreadyReviewed" });
  if (importBatchFingerprint(changes) !== input.seenHash)
    throw new AppError("CONFLICT", "This import changed since you opened it. Reload the page and review it again.", {
      reason: "reviewAgain",
    });

  const outcome = { approved: 0, rejected: 0, sentBack: 0, notApplied: 0 };
  const started = Date.now();
  let reached = 0;
  for (const change of changes) {
    if (reached > 0 && Date.now() - started > sliceMs) break;
    reached++;
    try {
      const { state } = await reviewChange({
        changeId: change.id,
        decision: input.decision,
        // What was submitted is what the reviewer read on the import's page; a change to it since sends it back.
        seenHash: change.contentHash ?? undefined,
        reason: input.reason ?? undefined,
      });
      if (state === "APPROVED") outcome.approved++;
      else if (state === "REJECTED") outcome.rejected++;
      else outcome.sentBack++;
    } catch (error) {
      // Reviewed by someone else meanwhile, or not applicable any more: left as it is and counted, never half-done.
      if (!isAppError(error)) throw error;
      outcome.notApplied++;
    }
  }
  const rest = changes.slice(reached);
  await db.$transaction((tx) =>
    writeAudit(tx, {
      actorId: user.id,
      action: "IMPORT_REVIEWED",
      entityType: "importBatch",
      entityId: input.batchId,
      meta: { importReview: { ...outcome, remaining: rest.length }, ...(input.reason ? { reason: input.reason } : {}) },
    }),
  );
  return { ...outcome, remaining: rest.length, nextSeenHash: rest.length ? importBatchFingerprint(rest) : null };
}
