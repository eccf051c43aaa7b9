// Statistics over published cases, globally or for one country, as they stood on a date. Counted by SQL
// aggregates over the status history, with the as-of rule of lib/status-time: a person is counted in a status
// on a day when it is known to have begun by then or a source dated by then reports it; otherwise their
// status on that day is "not known", and they are counted as such.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { asOfDay, holdsOn, sqlDay } from "@/lib/status-time/as-of";
import { detentionSpan, DETENTION_STATUSES, type Span } from "@/lib/status-time/days-in-status";
import { detentionRunsAsOf } from "@/lib/status-time/detention-runs";

export type Statistics = {
  asOf: Date;
  /** True when the date is today: then every recorded status counts, dated or not. */
  present: boolean;
  /** Published cases in scope, whatever is known of them on the date. */
  total: number;
  /** Of those, the people whose status on the date is not established. */
  notKnown: number;
  byStatus: { status: CaseStatus; count: number }[];
  byRole: { role: PersonRole; count: number }[];
  /** Detentions begun (a detention status after none, or after a non-detention one), by the year of their known start. */
  startsPerYear: { year: number; count: number }[];
  startNotKnown: number;
  detainedOverTime: { year: number; detained: number; notKnown: number }[];
  detentionTimes: { slug: string; name: string; span: Span | null }[];
};

const DETENTION = Prisma.join([...DETENTION_STATUSES]);
const isDetention = (column: Prisma.Sql) => Prisma.sql`${column}::text IN (${DETENTION})`;
const T = Prisma.sql`t`;

export async function getStatistics(options: { countryCode?: string; asOf?: Date }): Promise<Statistics> {
  const asOf = options.asOf ?? new Date();
  const day = asOfDay(options.asOf);
  const scope = Prisma.sql`scope AS (
    SELECT c.id FROM "case" c
    WHERE ${publishedSql(Prisma.sql`c`)} ${options.countryCode ? Prisma.sql`AND c.country_code = ${options.countryCode}` : Prisma.empty})`;
  const current = Prisma.sql`current AS (
    SELECT DISTINCT ON (t.case_id) t.* FROM status_event_time t JOIN scope s ON s.id = t.case_id
    WHERE ${holdsOn(T, sqlDay(day))}
    ORDER BY t.case_id, t.sequence DESC)`;
  const lastYear = asOf.getUTCFullYear();

  const [tallies, starts, overTime, detained, runs] = await Promise.all([
    db.$queryRaw<{ kind: string; key: string; count: number }[]>`
      WITH ${scope}, ${current}
      SELECT 'status' AS kind, to_status::text AS key, count(*)::int AS count FROM current GROUP BY to_status
      UNION ALL
      SELECT 'role', role::text, count(*)::int FROM current cu
        JOIN "case" c ON c.id = cu.case_id JOIN person p ON p.id = c.person_id CROSS JOIN unnest(p.roles) AS role GROUP BY role
      UNION ALL SELECT 'total', '', count(*)::int FROM scope
      UNION ALL SELECT 'known', '', count(*)::int FROM current`,
    db.$queryRaw<{ year: number | null; count: number }[]>`
      WITH ${scope}
      SELECT CASE WHEN t.since_precision = 'UNKNOWN' THEN NULL ELSE extract(year FROM t.since_date)::int END AS year, count(*)::int AS count
      FROM status_event_time t JOIN scope s ON s.id = t.case_id
      WHERE ${isDetention(Prisma.sql`t.to_status`)} AND (t.from_status IS NULL OR NOT ${isDetention(Prisma.sql`t.from_status`)})
        AND ${holdsOn(T, sqlDay(day))}
      GROUP BY 1 ORDER BY 1`,
    // Each year's end (the as-of day for the last year), every case in scope, and the status holding then.
    db.$queryRaw<{ year: number; detained: number; notKnown: number }[]>`
      WITH ${scope},
      first AS (
        SELECT LEAST(coalesce(min(extract(year FROM t.known_from))::int, ${lastYear}::int), ${lastYear}::int) AS year
        FROM status_event_time t JOIN scope s ON s.id = t.case_id),
      years AS (
        SELECT y AS year, CASE WHEN y = ${lastYear}::int THEN ${sqlDay(day)} ELSE make_date(y, 12, 31) END AS day
        FROM first, generate_series(first.year, ${lastYear}::int) AS y)
      SELECT y.year, (count(*) FILTER (WHERE ${isDetention(Prisma.sql`held.to_status`)}))::int AS detained,
             (count(*) FILTER (WHERE held.to_status IS NULL))::int AS "notKnown"
      FROM years y CROSS JOIN scope s
      LEFT JOIN LATERAL (
        SELECT t.to_status FROM status_event_time t
        WHERE t.case_id = s.id AND ${holdsOn(T, Prisma.sql`y.day`)}
        ORDER BY t.sequence DESC LIMIT 1
      ) held ON true
      GROUP BY y.year ORDER BY y.year`,
    db.$queryRaw<{ caseId: string; slug: string; name: string }[]>`
      WITH ${scope}, ${current}
      SELECT c.id AS "caseId", p.slug, p.full_name AS name
      FROM current cu JOIN "case" c ON c.id = cu.case_id JOIN person p ON p.id = c.person_id
      WHERE ${isDetention(Prisma.sql`cu.to_status`)}
      ORDER BY p.full_name, p.slug`,
    // What each detention is counted from, by the same rule as the briefings.
    detentionRunsAsOf({ countryCode: options.countryCode }, options.asOf),
  ]);

  const pick = (kind: string) => tallies.filter((row) => row.kind === kind);
  const total = pick("total")[0]?.count ?? 0;
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  const spanEnd = day === null ? undefined : asOf;
  return {
    asOf,
    present: day === null,
    total,
    notKnown: total - (pick("known")[0]?.count ?? 0),
    byStatus: pick("status")
      .map((r) => ({ status: r.key as CaseStatus, count: r.count }))
      .sort(byCount),
    byRole: pick("role")
      .map((r) => ({ role: r.key as PersonRole, count: r.count }))
      .sort(byCount),
    startsPerYear: starts.flatMap((r) => (r.year === null ? [] : [{ year: r.year, count: r.count }])),
    startNotKnown: starts.find((r) => r.year === null)?.count ?? 0,
    detainedOverTime: overTime,
    detentionTimes: detained
      .map((d) => ({
        slug: d.slug,
        name: d.name,
        span: runs.has(d.caseId) ? detentionSpan(runs.get(d.caseId)!, spanEnd) : null,
      }))
      .sort((a, b) => (b.span?.days ?? -1) - (a.span?.days ?? -1)),
  };
}
