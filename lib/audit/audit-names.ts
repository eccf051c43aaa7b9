// Looks up, in three queries for a whole page of audit rows, what makes them read in words: the person a case or a
// record's case belongs to, the source a status change cites, and the date the status began. Callers have checked
// access already; this reads staff data only for rows they may see.
import "server-only";
import type { Db } from "@/lib/db/create-client";
import type { AuditNames } from "./describe-audit";

type Row = { entityType?: string | null; entityId?: string | null; meta: unknown };

const metaText = (meta: unknown, key: string): string | null => {
  const v = meta && typeof meta === "object" ? (meta as Record<string, unknown>)[key] : null;
  return typeof v === "string" && v ? v : null;
};

const caseOf = (row: Row) => (row.entityType === "case" ? (row.entityId ?? null) : metaText(row.meta, "caseId"));

export async function withAuditNames<R extends Row>(db: Db, rows: R[]): Promise<(R & { names: AuditNames })[]> {
  const caseIds = [...new Set(rows.map(caseOf).filter((id): id is string => !!id))];
  const sourceIds = [...new Set(rows.map((r) => metaText(r.meta, "sourceId")).filter((id): id is string => !!id))];
  const eventIds = [...new Set(rows.map((r) => metaText(r.meta, "statusEventId")).filter((id): id is string => !!id))];
  const [cases, sources, events] = await Promise.all([
    caseIds.length
      ? db.case.findMany({
          where: { id: { in: caseIds } },
          select: { id: true, person: { select: { fullName: true } } },
        })
      : [],
    sourceIds.length
      ? db.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true, url: true } })
      : [],
    eventIds.length
      ? db.statusEvent.findMany({
          where: { id: { in: eventIds } },
          select: { id: true, date: true, datePrecision: true },
        })
      : [],
  ]);
  const person = new Map(cases.map((c) => [c.id, c.person.fullName]));
  const source = new Map(sources.map((s) => [s.id, { title: s.title, url: s.url }]));
  const since = new Map(
    events.map((e) => [e.id, { date: e.date?.toISOString() ?? null, precision: e.datePrecision as string }]),
  );
  return rows.map((row) => {
    const caseId = caseOf(row);
    const sourceId = metaText(row.meta, "sourceId");
    const eventId = metaText(row.meta, "statusEventId");
    return {
      ...row,
      names: {
        personName: caseId ? (person.get(caseId) ?? null) : null,
        source: sourceId ? (source.get(sourceId) ?? null) : null,
        since: eventId ? (since.get(eventId) ?? null) : null,
      },
    };
  });
}
