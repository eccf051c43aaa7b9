// Approves or rejects a pending change. Nobody reviews their own change, and an approval checks that the
// case still holds what the author saw, so no one's later edit is silently undone.
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
import { comparable } from "../internal/case-fields";
import { assertCaseFactsCited, citeCaseFacts } from "../internal/cite-case-facts";
import { lockCase, type LockedCase } from "../internal/lock-case";

const changedMeanwhile = () =>
  new AppError("CONFLICT", "The case has changed since this was submitted. Reject it and submit the change again.", { reason: "changedMeanwhile" });

async function applyCaseChange(
  tx: Prisma.TransactionClient,
  kind: string,
  payload: Record<string, unknown>,
  current: LockedCase,
  actorId: string,
  review: TReview,
) {
  if (kind === "UPDATE_CASE") {
    const changes = payload.changes as Record<string, [unknown, unknown]>;
    const stillAsSeen = Object.entries(changes).every(
      ([field, [before]]) => JSON.stringify(comparable((current as Record<string, unknown>)[field])) === JSON.stringify(before),
    );
    if (!stillAsSeen) throw changedMeanwhile();
    const citation = payload.citation ? ZCitationInputSchema.parse(payload.citation) : undefined;
    assertCaseFactsCited(changes, current, citation);
    const cited = await citeCaseFacts(tx, current.id, changes, current, citation, actorId);
    await applyCaseFields(tx, current, changes, actorId, { sourceId: cited.sourceId, quote: citation?.quote ?? null });
  } else if (kind === "CHANGE_STATUS") {
    if (current.status !== payload.fromStatus) throw changedMeanwhile();
    // The reviewer decides whether the release demands are met, when the review form offered it.
    const meet = review.releaseDemandsOffered ? { meetReleaseDemands: review.meetReleaseDemands } : {};
    const form = ZStatusChangeSchema.parse({ ...(payload.form as object), version: current.version, ...meet });
    await applyStatusChange(tx, current, form, actorId);
  } else if (kind === "PUBLISH_CASE") {
    if (current.visibility === "PUBLISHED") throw changedMeanwhile();
    await applyPublish(tx, current, payload.confirmUnknownConsent === true, actorId);
  }
}

export async function reviewChange(raw: unknown): Promise<{ state: "APPROVED" | "REJECTED" }> {
  const user = await requireUser();
  const input = ZReviewSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM change_request WHERE id = ${input.changeId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "This change does not exist.");
    const change = await tx.changeRequest.findUniqueOrThrow({ where: { id: input.changeId } });
    if (change.state !== "PENDING") throw new AppError("CONFLICT", "This change has already been reviewed.", { reason: "alreadyReviewed" });
    if (change.createdById === user.id) throw new AppError("FORBIDDEN", "You cannot review your own change.", { reason: "ownChange" });
    const state = input.decision === "approve" ? "APPROVED" : "REJECTED";
    const payload = change.payload as Record<string, unknown>;
    if (state === "APPROVED" && change.kind.endsWith("_RECORD")) {
      const record = { ...parseRecordInput(payload.form, payload.remove === true), remove: payload.remove === true };
      await applyRecordChange(tx, record, user.id).catch((error: unknown) => {
        throw error instanceof AppError && error.details?.reason === "staleVersion" ? changedMeanwhile() : error;
      });
    } else if (state === "APPROVED") {
      const current = await lockCase(tx, change.caseId!);
      await applyCaseChange(tx, change.kind, payload, current, user.id, input);
    }
    await tx.changeRequest.update({ where: { id: change.id }, data: { state, reviewedById: user.id, reviewedAt: new Date() } });
    await writeAudit(tx, {
      actorId: user.id,
      action: state === "APPROVED" ? "CHANGE_APPROVED" : "CHANGE_REJECTED",
      entityType: change.entityType ?? "case",
      entityId: change.entityId ?? change.caseId ?? undefined,
      meta: { changeId: change.id, kind: change.kind, authorId: change.createdById, caseId: change.caseId },
    });
    return { state };
  });
}
