// Approves or rejects a pending change. Nobody reviews their own change. An approval names the fingerprint of what
// the reviewer saw, and applies only if the change still matches what was submitted: a case edited after it was
// submitted for publication is never published by that approval; the request goes back to its author instead.
// A stored request that does not read as its kind is never applied nor approved, and that refusal is audited.
import "server-only";
import { writeAudit, type AuditEntry } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZReviewSchema } from "@/lib/validations/case";
import { isRecordProposal, readChangeProposal } from "@/lib/validations/change-request";
import { applyCaseProposal, applyRecordProposal } from "../internal/apply-change-proposal";
import { auditingRefusal } from "../internal/audit-refusal";
import { changeFingerprint, CONTENT_BOUND_KINDS } from "../internal/change-fingerprint";
import { lockCase } from "../internal/lock-case";

export type ReviewOutcome = { state: "APPROVED" | "REJECTED" | "OUTDATED" };

const unreadable = () =>
  new AppError(
    "INVALID_INPUT",
    "This change request cannot be read: its kind is unknown or its content is damaged. Nothing was applied; reject it.",
    { reason: "unreadableChange" },
  );

export async function reviewChange(raw: unknown): Promise<ReviewOutcome> {
  const user = await requireUser();
  const input = ZReviewSchema.parse(raw);
  // Set when approval is refused because the request cannot be read; written once the transaction has rolled back.
  let refused: AuditEntry | null = null;
  const review = () =>
    db.$transaction(async (tx): Promise<ReviewOutcome> => {
      const locked = await tx.$queryRaw<
        { id: string }[]
      >`SELECT id FROM change_request WHERE id = ${input.changeId} FOR UPDATE`;
      if (locked.length === 0) throw new AppError("NOT_FOUND", "This change does not exist.");
      const change = await tx.changeRequest.findUniqueOrThrow({ where: { id: input.changeId } });
      if (change.state !== "PENDING")
        throw new AppError("CONFLICT", "This change has already been reviewed.", { reason: "alreadyReviewed" });
      if (change.createdById === user.id)
        throw new AppError("FORBIDDEN", "You cannot review your own change.", { reason: "ownChange" });
      const audit = {
        entityType: change.entityType ?? "case",
        entityId: change.entityId ?? change.caseId ?? undefined,
      };
      const meta = { changeId: change.id, kind: change.kind, authorId: change.createdById, caseId: change.caseId };

      if (input.decision === "approve") {
        // Rejecting needs no reading, so a damaged request can still be cleared; approving reads it first.
        const proposal = readChangeProposal(change);
        const caseId = change.caseId;
        if (!proposal || (!isRecordProposal(proposal) && !caseId)) {
          refused = { actorId: user.id, action: "CHANGE_REFUSED", ...audit, meta };
          throw unreadable();
        }
        // The case row is locked before its content is fingerprinted, so no case edit slips in between check and write.
        const current = !isRecordProposal(proposal) && caseId ? await lockCase(tx, caseId) : null;
        const now = await changeFingerprint(tx, change);
        // A request from before fingerprints existed cannot say what was submitted; one that publishes content must go back.
        const unknownSubmission = change.contentHash === null && CONTENT_BOUND_KINDS.has(change.kind);
        if (unknownSubmission || (change.contentHash !== null && change.contentHash !== now)) {
          await tx.changeRequest.update({
            where: { id: change.id },
            data: { state: "OUTDATED", reviewedById: user.id, reviewedAt: new Date() },
          });
          await writeAudit(tx, { actorId: user.id, action: "CHANGE_SENT_BACK", ...audit, meta });
          return { state: "OUTDATED" as const };
        }
        if (input.seenHash !== now) {
          throw new AppError(
            "CONFLICT",
            "What you reviewed is not what would be approved. Reload the page and review it again.",
            { reason: "reviewAgain" },
          );
        }
        if (isRecordProposal(proposal)) await applyRecordProposal(tx, proposal, user.id);
        else if (current) await applyCaseProposal(tx, change.id, proposal, current, user.id, input);
      }
      const state = input.decision === "approve" ? "APPROVED" : "REJECTED";
      const reviewNote = input.decision === "reject" ? input.reason : null;
      await tx.changeRequest.update({
        where: { id: change.id },
        data: { state, reviewNote, reviewedById: user.id, reviewedAt: new Date() },
      });
      await writeAudit(tx, {
        actorId: user.id,
        action: state === "APPROVED" ? "CHANGE_APPROVED" : "CHANGE_REJECTED",
        ...audit,
        meta: { ...meta, ...(reviewNote ? { reason: reviewNote } : {}) },
      });
      return { state };
    });
  return auditingRefusal(db, review, () => refused);
}
