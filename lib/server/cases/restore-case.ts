// Brings back a soft-deleted case. Admins only. While it was deleted its records could change without review
// (a deleted case is not public), so a case that was published comes back public only through four-eyes review:
// it is restored hidden, as a draft, and its publication is filed for a second person's approval, fingerprinted
// like any publication. With four-eyes off it comes back as it was. There is no emergency path around this.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZCaseIdSchema } from "@/lib/validations/case";
import { checkConsent, checkEveryFactCited } from "../internal/apply-publish";
import { isFourEyesOn } from "../internal/four-eyes";
import { lockCase, type LockedCase } from "../internal/lock-case";
import { submitCaseChange } from "../internal/submit-case-change";

export type RestoreOutcome = { visibility: "PUBLISHED" | "DRAFT"; pendingReview: boolean };

/** Whether the restored draft may be put up for review now, by the rules a publication request must meet. The
 *  admin restoring a case that was public asks for it to be public again, so unknown consent (confirmed when it was
 *  first published) is confirmed again in their name, audited, and shown to the reviewer; "no" is never published. */
async function mayRequestPublication(tx: Prisma.TransactionClient, caseId: string): Promise<LockedCase | null> {
  const current = await lockCase(tx, caseId);
  try {
    checkConsent(current, true);
    await checkEveryFactCited(tx, caseId);
    return current;
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

export async function restoreCase(raw: unknown): Promise<RestoreOutcome> {
  const user = await requireRole("ADMIN");
  const { caseId } = ZCaseIdSchema.parse(raw);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "case" WHERE id = ${caseId} FOR UPDATE`;
    const current = await tx.case.findUnique({
      where: { id: caseId },
      select: { deletedAt: true, version: true, visibility: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "This case does not exist.");
    if (!current.deletedAt) throw new AppError("CONFLICT", "This case is not deleted.", { reason: "notDeleted" });
    const hidden = current.visibility === "PUBLISHED" && (await isFourEyesOn(tx));
    const visibility = hidden ? "DRAFT" : current.visibility;
    const updated = await tx.case.update({
      where: { id: caseId },
      data: { deletedAt: null, visibility, version: { increment: 1 }, updatedById: user.id },
      select: { version: true },
    });
    const publishable = hidden ? await mayRequestPublication(tx, caseId) : null;
    const pendingReview = publishable !== null;
    await writeAudit(tx, {
      actorId: user.id,
      action: "CASE_RESTORED",
      entityType: "case",
      entityId: caseId,
      diff: { visibility: ["DELETED", visibility] },
      meta: {
        version: updated.version,
        ...(hidden ? { wasPublished: true, publicationRequested: pendingReview } : {}),
      },
    });
    if (publishable) {
      const confirmUnknownConsent = publishable.consentStatus === "UNKNOWN";
      if (confirmUnknownConsent) {
        await writeAudit(tx, {
          actorId: user.id,
          action: "CASE_CONSENT_CONFIRMED",
          entityType: "case",
          entityId: caseId,
          meta: { consent: "UNKNOWN", restored: true },
        });
      }
      await submitCaseChange(tx, {
        kind: "PUBLISH_CASE",
        caseId,
        payload: { confirmUnknownConsent },
        baseVersion: updated.version,
        actorId: user.id,
        meta: { restored: true },
      });
    }
    return { visibility, pendingReview };
  });
}
