// Makes a draft case public. Consent "no" always blocks; "unknown" needs a confirmation, which is audited.
// A public fact without a citation blocks too, and the refusal names it.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { findUncitedFacts } from "./find-uncited-facts";
import type { LockedCase } from "./lock-case";

export function checkConsent(current: LockedCase, confirmUnknownConsent: boolean): void {
  if (current.consentStatus === "NO") {
    throw new AppError("CONFLICT", "Publication was not consented to, so this case cannot be published.", {
      reason: "consentNo",
    });
  }
  if (current.consentStatus === "UNKNOWN" && !confirmUnknownConsent) {
    throw new AppError("CONFLICT", "Consent to publication is unknown. Confirm that publishing is safe.", {
      reason: "consentUnknown",
    });
  }
}

export async function checkEveryFactCited(tx: Prisma.TransactionClient, caseId: string): Promise<void> {
  const uncited = await findUncitedFacts(tx, caseId);
  if (uncited.length > 0) {
    throw new AppError("CONFLICT", "Some public facts of this case cite no source. Cite them before publishing.", {
      reason: "uncitedFacts",
      uncited,
    });
  }
}

export async function applyPublish(
  tx: Prisma.TransactionClient,
  current: LockedCase,
  confirmUnknownConsent: boolean,
  actorId: string,
) {
  checkConsent(current, confirmUnknownConsent);
  await checkEveryFactCited(tx, current.id);
  if (current.consentStatus === "UNKNOWN") {
    await writeAudit(tx, {
      actorId,
      action: "CASE_CONSENT_CONFIRMED",
      entityType: "case",
      entityId: current.id,
      meta: { consent: "UNKNOWN" },
    });
  }
  const updated = await tx.case.update({
    where: { id: current.id },
    data: { visibility: "PUBLISHED", version: { increment: 1 }, updatedById: actorId },
    select: { version: true },
  });
  await writeAudit(tx, {
    actorId,
    action: "CASE_PUBLISHED",
    entityType: "case",
    entityId: current.id,
    diff: { visibility: ["DRAFT", "PUBLISHED"] },
    meta: { version: updated.version },
  });
  return updated.version;
}
