// Approves or rejects a pending change. Nobody reviews their own change. An approval names the fingerprint of what
// the reviewer saw, and applies only if the change still matches what was submitted: a case edited after it was
// submitted for publication is never published by that approval; the request goes back to its author instead.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZCitationInputSchema, ZReviewSchema, ZStatusChangeSchema, type TReview } from "@/lib/validations/case";
import { parseRecordInput } from "@/lib/records/schemas";
import { applyCaseFields } from "../internal/apply-case-fields";
import { applyRecordChange } from "../internal/apply-record-change";
import { applyPublish } from "../internal/apply-publish";
import { applyStatusChange } from "../internal/apply-status-change";
import { applyUnpublish } from "../internal/apply-unpublish";
import { comparable } from "../internal/case-fields";
import { changeFingerprint, CONTENT_BOUND_KINDS } from "../internal/change-fingerprint";
import { assertCaseFactsCited, citeCaseFacts } from "../internal/cite-case-facts";
import { lockCase, type LockedCase } from "../internal/lock-case";

export type ReviewOutcome = { state: "APPROVED" | "REJECTED" | "OUTDATED" };

const changedMeanwhile = () =>
  new AppError("CONFLICT", "The case has changed since this was submitted. Reject it and submit the change again.", {
    reason: "changedMeanwhile",
  });

async function applyCaseChange(
  tx: Prisma.TransactionClient,
  change: { id: string; kind: string },
  payload: Record<string, unknown>,
  current: LockedCase,
  actorId: string,
  review: TReview,
) {
  if (change.kind === "UPDATE_CASE") {
    const changes = payload.changes as Record<string, [unknown, unknown]>;
    const stillAsSeen = Object.entries(changes).every(
      ([field, [before]]) =>
        JSON.stringify(comparable((current as Record<string, unknown>)[field])) === JSON.stringify(before),
    );
    if (!stillAsSeen) throw changedMeanwhile();
    const citation = payload.citation ? ZCitationInputSchema.parse(payload.citation) : undefined;
    assertCaseFactsCited(changes, current, citation);
    const cited = await citeCaseFacts(tx, current.id, changes, current, citation, actorId);
    await applyCaseFields(tx, current, changes, actorId, { sourceId: cited.sourceId, quote: citation?.quote ?? null });
  } else if (change.kind === "CHANGE_STATUS") {
    if (current.status !== payload.fromStatus) throw changedMeanwhile();
    // The reviewer decides whether the release demands are met, when the review form offered it.
    const meet = review.releaseDemandsOffered ? { meetReleaseDemands: review.meetReleaseDemands } : {};
    const form = ZStatusChangeSchema.parse({ ...(payload.form as object), version: current.version, ...meet });
    await applyStatusChange(tx, current, form, actorId);
  } else if (change.kind === "PUBLISH_CASE") {
    if (current.visibility === "PUBLISHED") throw changedMeanwhile();
    await applyPublish(tx, current, payload.confirmUnknownConsent === true, actorId);
  } else if (change.kind === "UNPUBLISH_CASE") {
    await applyUnpublish(tx, current, actorId, {
      action: "CASE_DELETED",
      reason: (payload.reason as string | null) ?? null,
      changeId: change.id,
    });
  }
}

export async function reviewChange(raw: unknown): Promise<ReviewOutcome> {
  const user = await requireUser();
  const input = ZReviewSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM change_request WHERE id = ${input.changeId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "This change does not exist.");
    const change = await tx.changeRequest.findUniqueOrThrow({ where: { id: input.changeId } });
    if (change.state !== "PENDING")
      throw new AppError("CONFLICT", "This change has already been reviewed.", { reason: "alreadyReviewed" });
    if (change.createdById === user.id)
      throw new AppError("FORBIDDEN", "You cannot review your own change.", { reason: "ownChange" });
    const audit = { entityType: change.entityType ?? "case", entityId: change.entityId ?? change.caseId ?? undefined };
    const meta = { changeId: change.id, kind: change.kind, authorId: change.createdById, caseId: change.caseId };

    if (input.decision === "approve") {
      // The case row is locked before its content is fingerprinted, so no case edit slips in between check and write.
      const current = change.caseId && !change.kind.endsWith("_RECORD") ? await lockCase(tx, change.caseId) : null;
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
      const payload = change.payload as Record<string, unknown>;
      if (change.kind.endsWith("_RECORD")) {
        const record = { ...parseRecordInput(payload.form, payload.remove === true), remove: payload.remove === true };
        await applyRecordChange(tx, record, user.id).catch((error: unknown) => {
          throw error instanceof AppError && error.details?.reason === "staleVersion" ? changedMeanwhile() : error;
        });
      } else {
        await applyCaseChange(tx, change, payload, current!, user.id, input);
      }
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
}
