// The as-of rule, in one place. A status holds on day D when it is known to have begun by D (the whole
// period of its "since" date lies on or before D) or when a source published on or before D reports it.
// A person none of whose statuses holds on D is "not known on that date": never absent, never held.
// "Known from" is derived in the database (view status_event_time) from the event's since date and its
// citing sources' publication dates; when a row was recorded plays no part.
// With no date (the present), every recorded status counts: every source Habeas holds was published by now.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";

/** The day an as-of date stands for, as YYYY-MM-DD; null for the present (no date, or today or later). */
export function asOfDay(asOf: Date | undefined, now = new Date()): string | null {
  if (!asOf) return null;
  const day = asOf.toISOString().slice(0, 10);
  return day >= now.toISOString().slice(0, 10) ? null : day;
}

/** The day as an SQL date, NULL for the present. */
export const sqlDay = (day: string | null): Prisma.Sql => Prisma.sql`${day}::date`;

/** The rule as SQL over a status_event_time row `t`: it holds on `day`, an SQL date that is NULL for the present. */
export function holdsOn(t: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${day} IS NULL OR ${t}.known_from <= ${day})`;
}

export type PartialDateValue = { date: Date | null; precision: DatePrecision };

export type StatusAsOf = {
  caseId: string;
  statusEventId: string;
  status: CaseStatus;
  since: PartialDateValue;
  /** The latest report that establishes the status on the day (the latest of all in the present). */
  report: (PartialDateValue & { sourceId: string; sourceTitle: string }) | null;
  /** The first day of the latest report of this status, whenever published: the last day it is known to hold. */
  lastReportedOn: Date | null;
};

type Row = {
  caseId: string;
  statusEventId: string;
  status: CaseStatus;
  sinceDate: Date | null;
  sincePrecision: DatePrecision;
  lastReportedOn: Date | null;
  reportDate: Date | null;
  reportPrecision: DatePrecision | null;
  reportSourceId: string | null;
  reportSourceTitle: string | null;
};

/** For each case, the status that holds on the as-of date; a case missing from the map is not known then.
 *  `{ publishedIn }` reads every published case of a country in one query (a briefing's, however many). */
export async function statusesAsOf(
  cases: string[] | { publishedIn: string },
  asOf?: Date,
  /** A transaction's client, when the caller reads inside one (PGlite has a single connection). */
  client: Pick<Prisma.TransactionClient, "$queryRaw"> = db,
): Promise<Map<string, StatusAsOf>> {
  if (Array.isArray(cases) && cases.length === 0) return new Map();
  const which = Array.isArray(cases)
    ? Prisma.sql`t.case_id IN (${Prisma.join(cases)})`
    : Prisma.sql`t.case_id IN (SELECT c.id FROM "case" c WHERE c.country_code = ${cases.publishedIn} AND ${publishedSql(Prisma.sql`c`)})`;
  const day = asOfDay(asOf);
  const reportWithin = Prisma.sql`(${sqlDay(day)} IS NULL OR r.reported_by <= ${sqlDay(day)})`;
  const rows = await client.$queryRaw<Row[]>`
    SELECT DISTINCT ON (t.case_id)
           t.case_id AS "caseId", t.status_event_id AS "statusEventId", t.to_status::text AS status,
           t.since_date AS "sinceDate", t.since_precision::text AS "sincePrecision", t.last_reported_on AS "lastReportedOn",
           r.reported_on AS "reportDate", r.reported_precision::text AS "reportPrecision",
           r.source_id AS "reportSourceId", r.source_title AS "reportSourceTitle"
    FROM status_event_time t
    LEFT JOIN LATERAL (
      SELECT r.reported_on, r.reported_precision, r.source_id, r.source_title FROM status_event_report r
      WHERE r.status_event_id = t.status_event_id AND ${reportWithin}
      ORDER BY r.reported_by DESC, r.reported_on DESC, r.source_id LIMIT 1
    ) r ON true
    WHERE ${which} AND ${holdsOn(Prisma.sql`t`, sqlDay(day))}
    ORDER BY t.case_id, t.sequence DESC`;
  return new Map(
    rows.map((r) => [
      r.caseId,
      {
        caseId: r.caseId,
        statusEventId: r.statusEventId,
        status: r.status,
        since: { date: r.sinceDate, precision: r.sincePrecision },
        report:
          r.reportDate && r.reportPrecision && r.reportSourceId
            ? {
                date: r.reportDate,
                precision: r.reportPrecision,
                sourceId: r.reportSourceId,
                sourceTitle: r.reportSourceTitle ?? "",
              }
            : null,
        lastReportedOn: r.lastReportedOn,
      },
    ]),
  );
}
