// What the time in detention of each published case is counted from, as of a date: the current unbroken run of
// detention statuses (the status that holds on the date, and the detention statuses right before it), when that
// run began if a source says, the first dated status within it, the arrest date, and whether a status outside
// detention came before the run. lib/status-time/days-in-status.ts turns it into days; every page that shows
// time in detention reads it here.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { asOfDay, holdsOn, sqlDay } from "./as-of";
import { DETENTION_STATUSES, type DetentionRun } from "./days-in-status";

type Row = {
  caseId: string;
  status: CaseStatus;
  arrestDate: Date | null;
  arrestPrecision: DatePrecision;
  runStartDate: Date | null;
  runStartPrecision: DatePrecision;
  laterStartDate: Date | null;
  laterStartPrecision: DatePrecision | null;
  hasBreak: boolean;
  breakKnownFrom: Date | null;
  lastReportedOn: Date | null;
};

const DETENTION = Prisma.join([...DETENTION_STATUSES]);

/** The run of every published case (of one country, or of the given cases) that is in detention on the date. */
export async function detentionRunsAsOf(
  scope: { countryCode?: string; caseIds?: string[] },
  asOf?: Date,
  client: Pick<Prisma.TransactionClient, "$queryRaw"> = db,
): Promise<Map<string, DetentionRun>> {
  const day = sqlDay(asOfDay(asOf));
  if (scope.caseIds?.length === 0) return new Map();
  const country = scope.countryCode ? Prisma.sql`AND c.country_code = ${scope.countryCode}` : Prisma.empty;
  const cases = scope.caseIds ? Prisma.sql`AND c.id IN (${Prisma.join(scope.caseIds)})` : Prisma.empty;
  // Events of the run: after the last status outside detention before the current one, up to the current one.
  const inRun = Prisma.sql`e.case_id = cur.case_id AND e.sequence > coalesce(brk.sequence, -2147483648) AND e.sequence <= cur.sequence`;
  const rows = await client.$queryRaw<Row[]>`
    WITH scope AS (
      SELECT c.id, c.arrest_date, c.arrest_precision FROM "case" c
      WHERE ${publishedSql(Prisma.sql`c`)} ${country} ${cases}),
    cur AS (
      SELECT DISTINCT ON (t.case_id) t.case_id, t.sequence, t.to_status FROM status_event_time t
      JOIN scope s ON s.id = t.case_id
      WHERE ${holdsOn(Prisma.sql`t`, day)}
      ORDER BY t.case_id, t.sequence DESC)
    SELECT cur.case_id AS "caseId", cur.to_status::text AS status,
           s.arrest_date AS "arrestDate", s.arrest_precision::text AS "arrestPrecision",
           first.date AS "runStartDate", first.date_precision::text AS "runStartPrecision",
           dated.date AS "laterStartDate", dated.date_precision::text AS "laterStartPrecision",
           brk.sequence IS NOT NULL AS "hasBreak", brk_time.known_from AS "breakKnownFrom",
           reported.last AS "lastReportedOn"
    FROM cur JOIN scope s ON s.id = cur.case_id
    LEFT JOIN LATERAL (
      SELECT e.id, e.sequence FROM status_event e
      WHERE e.case_id = cur.case_id AND e.sequence < cur.sequence AND e.to_status::text NOT IN (${DETENTION})
      ORDER BY e.sequence DESC LIMIT 1
    ) brk ON true
    LEFT JOIN status_event_time brk_time ON brk_time.status_event_id = brk.id
    CROSS JOIN LATERAL (
      SELECT e.date, e.date_precision FROM status_event e WHERE ${inRun} ORDER BY e.sequence LIMIT 1
    ) first
    LEFT JOIN LATERAL (
      SELECT e.date, e.date_precision FROM status_event e WHERE ${inRun} AND e.date_precision <> 'UNKNOWN'
      ORDER BY e.sequence LIMIT 1
    ) dated ON true
    CROSS JOIN LATERAL (
      SELECT max(r.reported_on) AS last FROM status_event e JOIN status_event_report r ON r.status_event_id = e.id
      WHERE ${inRun}
    ) reported
    WHERE cur.to_status::text IN (${DETENTION})`;
  return new Map(
    rows.map((r) => [
      r.caseId,
      {
        status: r.status,
        arrest: { date: r.arrestDate, precision: r.arrestPrecision },
        runStart: { date: r.runStartDate, precision: r.runStartPrecision },
        laterStart: { date: r.laterStartDate, precision: r.laterStartPrecision ?? "UNKNOWN" },
        before: r.hasBreak ? { knownFrom: r.breakKnownFrom } : null,
        lastReportedOn: r.lastReportedOn,
      },
    ]),
  );
}
