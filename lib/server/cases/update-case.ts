// Saves the edit form of a case. Staff-only fields apply at once; public fields of a published case wait for
// a second person's approval while four-eyes publishing is on. A changed public fact needs a source and a quote.
// A stale form is refused and the attempt audited.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZCaseUpdateSchema } from "@/lib/validations/case";
import { applyCaseFields } from "../internal/apply-case-fields";
import { changedFields, splitCaseFields } from "../internal/case-fields";
import { checkQuote } from "../internal/check-quote";
import { assertCaseFactsCited, citeCaseFacts } from "../internal/cite-case-facts";
import { isFourEyesOn } from "../internal/four-eyes";
import { auditingRefusal, isStaleRefusal } from "../internal/audit-refusal";
import { lockCase } from "../internal/lock-case";
import { submitCaseChange } from "../internal/submit-case-change";

/** quoteFound is false when the cited source holds its text and the quote is not in it. */
export type UpdateCaseResult = { version: number; pendingReview: boolean; changed: number; quoteFound: boolean | null };

export async function updateCase(raw: unknown): Promise<UpdateCaseResult> {
  const user = await requireUser();
  const input = ZCaseUpdateSchema.parse(raw);
  const { publicFields, staffFields } = splitCaseFields(input);
  const save = () =>
    db.$transaction(async (tx) => {
      const current = await lockCase(tx, input.caseId, input.version);
      const publicChanges = changedFields(current, publicFields);
      const staffChanges = changedFields(current, staffFields);
      assertCaseFactsCited(publicChanges, current, input.citation);
      const needsReview =
        current.visibility === "PUBLISHED" && Object.keys(publicChanges).length > 0 && (await isFourEyesOn(tx));
      const direct = needsReview ? staffChanges : { ...publicChanges, ...staffChanges };
      let version = current.version;
      let quoteFound: boolean | null = null;
      if (!needsReview && Object.keys(publicChanges).length > 0) {
        const cited = await citeCaseFacts(tx, current.id, publicChanges, current, input.citation, user.id);
        quoteFound = cited.quoteFound;
        version = await applyCaseFields(tx, current, direct, user.id, {
          sourceId: cited.sourceId,
          quote: input.citation?.quote ?? null,
        });
      } else if (Object.keys(direct).length > 0) {
        version = await applyCaseFields(tx, current, direct, user.id);
      }
      if (needsReview) {
        quoteFound = input.citation ? await checkQuote(tx, input.citation.sourceId, input.citation.quote) : null;
        // The raw citation form, validated again on approval, when the source is created.
        const citation = (raw as { citation?: Prisma.InputJsonValue }).citation ?? null;
        await submitCaseChange(tx, {
          kind: "UPDATE_CASE",
          caseId: current.id,
          payload: { changes: publicChanges, citation: input.citation ? citation : null } as Prisma.InputJsonObject,
          baseVersion: version,
          actorId: user.id,
          diff: publicChanges,
          meta: input.citation ? { quote: input.citation.quote } : undefined,
        });
      }
      return {
        version,
        pendingReview: needsReview,
        changed: Object.keys(publicChanges).length + Object.keys(staffChanges).length,
        quoteFound,
      };
    });
  return auditingRefusal(db, save, (error) =>
    isStaleRefusal(error)
      ? {
          actorId: user.id,
          action: "CASE_UPDATE_CONFLICT",
          entityType: "case",
          entityId: input.caseId,
          meta: { seenVersion: input.version, attempted: { ...publicFields, ...staffFields } },
        }
      : null,
  );
}
