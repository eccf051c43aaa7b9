// Saves the edit form of a case. Staff-only fields apply at once; public fields of a published case wait for
// a second person's approval while four-eyes publishing is on. A stale form is refused and the attempt audited.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { ZCaseUpdateSchema } from "@/lib/validations/case";
import { applyCaseFields } from "../internal/apply-case-fields";
import { changedFields, splitCaseFields } from "../internal/case-fields";
import { isFourEyesOn } from "../internal/four-eyes";
import { lockCase } from "../internal/lock-case";
import { staleVersionError } from "../internal/stale-version";
import { submitCaseChange } from "../internal/submit-case-change";

export type UpdateCaseResult = { version: number; pendingReview: boolean; changed: number };

export async function updateCase(raw: unknown): Promise<UpdateCaseResult> {
  const user = await requireUser();
  const input = ZCaseUpdateSchema.parse(raw);
  const { publicFields, staffFields } = splitCaseFields(input);
  try {
    return await db.$transaction(async (tx) => {
      const current = await lockCase(tx, input.caseId);
      if (current.version !== input.version) throw await staleVersionError(tx, current.id, input.version);
      const publicChanges = changedFields(current, publicFields);
      const staffChanges = changedFields(current, staffFields);
      const needsReview = current.visibility === "PUBLISHED" && Object.keys(publicChanges).length > 0 && (await isFourEyesOn(tx));
      const direct = needsReview ? staffChanges : { ...publicChanges, ...staffChanges };
      let version = current.version;
      if (Object.keys(direct).length > 0) version = await applyCaseFields(tx, current, direct, user.id);
      if (needsReview) {
        await submitCaseChange(tx, {
          kind: "UPDATE_CASE",
          caseId: current.id,
          payload: { changes: publicChanges } as Prisma.InputJsonObject,
          baseVersion: version,
          actorId: user.id,
          diff: publicChanges,
        });
      }
      return { version, pendingReview: needsReview, changed: Object.keys(publicChanges).length + Object.keys(staffChanges).length };
    });
  } catch (error) {
    if (error instanceof AppError && error.details?.reason === "staleVersion") {
      await db.$transaction((tx) =>
        writeAudit(tx, {
          actorId: user.id,
          action: "CASE_UPDATE_CONFLICT",
          entityType: "case",
          entityId: input.caseId,
          meta: { seenVersion: input.version, attempted: { ...publicFields, ...staffFields } },
        }),
      );
    }
    throw error;
  }
}
