// Records a new status with its date, note and cited source. On a published case with four-eyes on,
// it waits for approval; otherwise the event, the case's status and the audit row are written together. A stale form
// is refused and the attempt audited.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZStatusChangeSchema } from "@/lib/validations/case";
import { applyStatusChange } from "../internal/apply-status-change";
import { checkQuote } from "../internal/check-quote";
import { isFourEyesOn } from "../internal/four-eyes";
import { auditingRefusal, isStaleRefusal } from "../internal/audit-refusal";
import { lockCase } from "../internal/lock-case";
import { submitCaseChange } from "../internal/submit-case-change";

/** quoteFound is false when the cited source holds its text and the quote is not in it: the form flags it. */
export async function changeCaseStatus(
  raw: unknown,
): Promise<{ pendingReview: boolean; version: number; quoteFound: boolean | null }> {
  const user = await requireUser();
  const input = ZStatusChangeSchema.parse(raw);
  const change = () =>
    db.$transaction(async (tx) => {
      const current = await lockCase(tx, input.caseId, input.version);
      if (current.visibility === "PUBLISHED" && (await isFourEyesOn(tx))) {
        await submitCaseChange(tx, {
          kind: "CHANGE_STATUS",
          caseId: current.id,
          // The raw form, validated again on approval, plus the status it was meant to replace.
          payload: { form: raw as Prisma.InputJsonValue, fromStatus: current.status },
          baseVersion: current.version,
          actorId: user.id,
          diff: { status: [current.status, input.toStatus] },
          meta: { quote: input.citation.quote },
        });
        return {
          pendingReview: true,
          version: current.version,
          quoteFound: await checkQuote(tx, input.citation.sourceId, input.citation.quote),
        };
      }
      const { version, quoteFound } = await applyStatusChange(tx, current, input, user.id);
      return { pendingReview: false, version, quoteFound };
    });
  return auditingRefusal(db, change, (error) =>
    isStaleRefusal(error)
      ? {
          actorId: user.id,
          action: "CASE_STATUS_CONFLICT",
          entityType: "case",
          entityId: input.caseId,
          meta: {
            seenVersion: input.version,
            attempted: { toStatus: input.toStatus, when: input.when, note: input.note },
          },
        }
      : null,
  );
}
