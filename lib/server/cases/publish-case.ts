// Asks for a draft case to be published. With four-eyes on, another person must approve it. A request made from an
// older version of the case is refused and the attempt audited.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZPublishSchema } from "@/lib/validations/case";
import { applyPublish, checkConsent, checkEveryFactCited } from "../internal/apply-publish";
import { isFourEyesOn } from "../internal/four-eyes";
import { auditingRefusal, isStaleRefusal } from "../internal/audit-refusal";
import { lockCase } from "../internal/lock-case";
import { submitCaseChange } from "../internal/submit-case-change";

export async function publishCase(raw: unknown): Promise<{ pendingReview: boolean }> {
  const user = await requireUser();
  const input = ZPublishSchema.parse(raw);
  const publish = () =>
    db.$transaction(async (tx) => {
      const current = await lockCase(tx, input.caseId, input.version);
      if (current.visibility === "PUBLISHED")
        throw new AppError("CONFLICT", "This case is already published.", { reason: "alreadyPublished" });
      checkConsent(current, input.confirmUnknownConsent);
      await checkEveryFactCited(tx, current.id);
      if (await isFourEyesOn(tx)) {
        const pending = await tx.changeRequest.count({
          where: { caseId: current.id, kind: "PUBLISH_CASE", state: "PENDING" },
        });
        if (pending > 0)
          throw new AppError("CONFLICT", "Publication is already waiting for approval.", { reason: "alreadyPending" });
        if (current.consentStatus === "UNKNOWN") {
          await writeAudit(tx, {
            actorId: user.id,
            action: "CASE_CONSENT_CONFIRMED",
            entityType: "case",
            entityId: current.id,
            meta: { consent: "UNKNOWN" },
          });
        }
        await submitCaseChange(tx, {
          kind: "PUBLISH_CASE",
          caseId: current.id,
          payload: { confirmUnknownConsent: input.confirmUnknownConsent },
          baseVersion: current.version,
          actorId: user.id,
        });
        return { pendingReview: true };
      }
      await applyPublish(tx, current, input.confirmUnknownConsent, user.id);
      return { pendingReview: false };
    });
  return auditingRefusal(db, publish, (error) =>
    isStaleRefusal(error)
      ? {
          actorId: user.id,
          action: "CASE_PUBLISH_CONFLICT",
          entityType: "case",
          entityId: input.caseId,
          meta: { seenVersion: input.version, confirmUnknownConsent: input.confirmUnknownConsent },
        }
      : null,
  );
}
