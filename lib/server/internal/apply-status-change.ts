// Writes a status change: the new event with its citation, the case's current status, and the audit row.
// A release, pardon or acquittal with a date is also the case's release date, cited by the same passage; when
// asked, the case's open demands for release are marked as met, citing it too.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import { releaseDateOf } from "@/lib/cases/release-date";
import { isReleaseStatus } from "@/lib/cases/release-statuses";
import type { TCitationInput } from "@/lib/validations/case";
import { checkQuote } from "./check-quote";
import type { LockedCase } from "./lock-case";
import { resolveSource } from "./resolve-source";

export type StatusChange = {
  toStatus: CaseStatus;
  when: { date: Date | null; precision: DatePrecision };
  note: string | null;
  citation: TCitationInput;
  meetReleaseDemands?: boolean;
};

type Cited = { sourceId: string; quote: string };

async function fillReleaseDate(
  tx: Prisma.TransactionClient,
  caseId: string,
  release: { date: Date; precision: DatePrecision },
  cited: Cited,
) {
  await tx.citation.deleteMany({ where: { caseId, claim: "releaseDate" } });
  await tx.citation.create({ data: { ...cited, caseId, claim: "releaseDate" } });
  return { releaseDate: release.date, releasePrecision: release.precision };
}

async function meetReleaseDemands(tx: Prisma.TransactionClient, caseId: string, cited: Cited, actorId: string) {
  const open = await tx.demand.findMany({
    where: { caseId, kind: "RELEASE", status: { not: "MET" } },
    select: { id: true, status: true },
  });
  for (const demand of open) {
    await tx.demand.update({ where: { id: demand.id }, data: { status: "MET" } });
    await tx.citation.create({ data: { ...cited, demandId: demand.id, claim: "met" } });
    await writeAudit(tx, {
      actorId,
      action: "RECORD_UPDATED",
      entityType: "demand",
      entityId: demand.id,
      diff: { status: [demand.status, "MET"] },
      meta: { caseId, ...cited },
    });
  }
  return open.map((d) => d.id);
}

export async function applyStatusChange(
  tx: Prisma.TransactionClient,
  current: LockedCase,
  change: StatusChange,
  actorId: string,
) {
  const sourceId = await resolveSource(tx, change.citation, actorId);
  const cited = { sourceId, quote: change.citation.quote };
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
      citations: { create: { ...cited, claim: "status" } },
    },
    select: { id: true },
  });
  const released = isReleaseStatus(change.toStatus);
  const releaseDate = releaseDateOf(change.toStatus, change.when);
  const release = releaseDate ? await fillReleaseDate(tx, current.id, releaseDate, cited) : {};
  const updated = await tx.case.update({
    where: { id: current.id },
    data: {
      status: change.toStatus,
      statusSince: change.when.date,
      statusSincePrecision: change.when.precision,
      ...release,
      version: { increment: 1 },
      updatedById: actorId,
    },
    select: { version: true },
  });
  const met = released && change.meetReleaseDemands ? await meetReleaseDemands(tx, current.id, cited, actorId) : [];
  const diff: Record<string, [unknown, unknown]> = { status: [current.status, change.toStatus] };
  if ("releaseDate" in release)
    diff.releaseDate = [current.releaseDate?.toISOString() ?? null, change.when.date?.toISOString() ?? null];
  await writeAudit(tx, {
    actorId,
    action: "CASE_STATUS_CHANGED",
    entityType: "case",
    entityId: current.id,
    diff,
    meta: {
      statusEventId: event.id,
      sourceId,
      quote: change.citation.quote,
      version: updated.version,
      demandsMet: met,
    },
  });
  return {
    eventId: event.id,
    version: updated.version,
    quoteFound: await checkQuote(tx, sourceId, change.citation.quote),
  };
}
