// Writes a status change: the new event with its citation, the case's current status, and the audit row.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import type { TCitationInput } from "@/lib/validations/case";
import type { LockedCase } from "./lock-case";
import { resolveSource } from "./resolve-source";

export type StatusChange = {
  toStatus: CaseStatus;
  when: { date: Date | null; precision: DatePrecision };
  note: string | null;
  citation: TCitationInput;
};

export async function applyStatusChange(tx: Prisma.TransactionClient, current: LockedCase, change: StatusChange, actorId: string) {
  const sourceId = await resolveSource(tx, change.citation, actorId);
  const last = await tx.statusEvent.aggregate({ where: { caseId: current.id }, _max: { sequence: true } });
  const event = await tx.statusEvent.create({
    data: {
      caseId: current.id,
      fromStatus: current.status,
      toStatus: change.toStatus,
      date: change.when.date,
      datePrecision: change.when.precision,
      sequence: (last._max.sequence ?? 0) + 1,
      note: change.note,
      citations: { create: { sourceId, quote: change.citation.quote, claim: "status" } },
    },
    select: { id: true },
  });
  const updated = await tx.case.update({
    where: { id: current.id },
    data: {
      status: change.toStatus,
      statusSince: change.when.date,
      statusSincePrecision: change.when.precision,
      version: { increment: 1 },
      updatedById: actorId,
    },
    select: { version: true },
  });
  await writeAudit(tx, {
    actorId,
    action: "CASE_STATUS_CHANGED",
    entityType: "case",
    entityId: current.id,
    diff: { status: [current.status, change.toStatus] },
    meta: { statusEventId: event.id, sourceId, quote: change.citation.quote, version: updated.version },
  });
  return { eventId: event.id, version: updated.version };
}
