// Writes changed case fields directly, bumps the version and audits the before/after of each field.
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, writeAudit, type AuditDiff } from "@/lib/audit/write-audit";
import type { LockedCase } from "./lock-case";

export async function applyCaseFields(
  tx: Prisma.TransactionClient,
  current: LockedCase,
  changes: AuditDiff,
  actorId: string,
  /** Added to the audit row, e.g. the source and quote that support the new values. */
  meta: Record<string, unknown> = {},
): Promise<number> {
  const data = Object.fromEntries(
    Object.entries(changes).map(([field, [, after]]) => [
      field,
      field.endsWith("Date") && after ? new Date(String(after)) : after,
    ]),
  ) as Prisma.CaseUncheckedUpdateInput;
  if ("consentStatus" in changes) {
    data.consentRecordedById = actorId;
    data.consentRecordedAt = new Date();
  }
  const updated = await tx.case.update({
    where: { id: current.id },
    data: { ...data, version: { increment: 1 }, updatedById: actorId },
    select: { version: true },
  });
  const before = Object.fromEntries(
    Object.keys(changes).map((field) => [field, (current as Record<string, unknown>)[field]]),
  );
  await writeAudit(tx, {
    actorId,
    action: "CASE_UPDATED",
    entityType: "case",
    entityId: current.id,
    diff: diffFields(before, Object.fromEntries(Object.entries(changes).map(([field, [, after]]) => [field, after]))),
    meta: { ...meta, version: updated.version },
  });
  return updated.version;
}
