// Deletes (unpublishes) a case: a soft delete an admin can undo. A published case, while four-eyes publishing is on,
// leaves the public site only when a different editor approves; a draft, or any case with four-eyes off, goes at once.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZDeleteCaseSchema } from "@/lib/validations/case";
import { applyUnpublish } from "../internal/apply-unpublish";
import { isFourEyesOn } from "../internal/four-eyes";
import { lockCase } from "../internal/lock-case";
import { submitCaseChange } from "../internal/submit-case-change";

export async function deleteCase(raw: unknown): Promise<{ pendingReview: boolean }> {
  const user = await requireUser();
  const input = ZDeleteCaseSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const current = await lockCase(tx, input.caseId);
    if (current.visibility === "PUBLISHED" && (await isFourEyesOn(tx))) {
      const pending = await tx.changeRequest.count({
        where: { caseId: current.id, kind: "UNPUBLISH_CASE", state: "PENDING" },
      });
      if (pending > 0)
        throw new AppError("CONFLICT", "Removing this case is already waiting for approval.", {
          reason: "unpublishPending",
        });
      await submitCaseChange(tx, {
        kind: "UNPUBLISH_CASE",
        caseId: current.id,
        payload: { reason: input.reason },
        baseVersion: current.version,
        actorId: user.id,
      });
      return { pendingReview: true };
    }
    await applyUnpublish(tx, current, user.id, { action: "CASE_DELETED", reason: input.reason });
    return { pendingReview: false };
  });
}
