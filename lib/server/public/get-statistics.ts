// Statistics over published cases, globally or for one country, as they stood on a date. Every figure is an
// SQL aggregate over the status history, in one query, with the as-of rule of lib/status-time: a person is
// counted in a status on a day when it is known to have begun by then or a source dated by then reports it;
// otherwise their status on that day is "not known", and they are counted as such. The answer holds a row per
// status, role, year or range of time in detention, never one per person.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { asOfDay, holdsOn, sqlDay } from "@/lib/status-time/as-of";
import { DETENTION_BUCKETS, type DetentionBucket } from "@/lib/status-time/detention-buckets";
import { detentionBucket, detentionSpanJoin, isDetention } from "@/lib/status-time/detention-span-sql";

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
  /** Detentions begun (a detention status after none, or after a non-detention one), by the year of their known
   *  start: every year from the first to the last (or the as-of year), years without one as zero. */
  startsPerYear: { year: number; count: number }[];
  startNotKnown: number;
  detainedOverTime: { year: number; detained: number; notKnown: number }[];
  /** People in detention on the date by how long they are known to have been held; every range, zeros too. */
  detentionTimes: { bucket: DetentionBucket; count: number }[];
};

type Row = { kind: string; key: string | null; n: number; m: number };

function statisticsQuery(countryCode: string | undefined, day: string | null, lastYear: number) {
  const D = sqlDay(day);
  const published = countryCode ? Prisma.sql`AND c.country_code = ${countryCode}` : Prisma.empty;
  // `later` stands for the case's later events (higher sequence) as one row: the earliest day one of them is
  // known from. An event is the one held on day D when it holds (holdsOn) and no later event does.
  const held = Prisma.sql`${holdsOn(Prisma.sql`ev`, D)} AND NOT coalesce(ev.has_later AND ${holdsOn(Prisma.sql`later`, D)}, false)`;
  return db.$queryRaw<Row[]>`
    WITH scope AS MATERIALIZED (
      SELECT c.id, c.person_roles, c.arrest_date, c.arrest_precision FROM "case" c
      WHERE ${publishedSql(Prisma.sql`c`)} ${published}),
    ev AS MATERIALIZED (
      SELECT t.case_id, t.sequence, t.from_status, t.to_status, t.since_date, t.since_precision, t.last_reported_on,
             t.known_from, s.arrest_date, s.arrest_precision, s.person_roles,
             min(t.known_from) OVER later AS later_known_from, row_number() OVER newest_first > 1 AS has_later
      FROM status_event_time t JOIN scope s ON s.id = t.case_id
      WINDOW newest_first AS (PARTITION BY t.case_id ORDER BY t.sequence DESC),
             later AS (newest_first ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
    held AS MATERIALIZED (
      SELECT ev.* FROM ev CROSS JOIN LATERAL (SELECT ev.later_known_from AS known_from) later WHERE ${held}),
    -- On a past year's last day D the rule reads: known_from <= D and no later event's known_from <= D. So an
    -- event holds at the end of every year from the year of its known_from to the year before a later event's,
    -- and is counted by adding one at the first and taking one away at the second.
    spans AS (
      SELECT extract(year FROM known_from)::int AS y0, extract(year FROM later_known_from)::int AS y1 FROM ev
      WHERE known_from IS NOT NULL AND ${isDetention(Prisma.sql`to_status`)}),
    steps AS MATERIALIZED (
      SELECT year, sum(d) AS d FROM (
        SELECT y0 AS year, 1 AS d FROM spans WHERE y1 IS NULL OR y1 > y0
        UNION ALL SELECT y1, -1 FROM spans WHERE y1 > y0) s
      GROUP BY year),
    -- A case is known on D from the first day any of its events is; one row per case (its latest event).
    known_steps AS MATERIALIZED (
      SELECT year, count(*) AS d FROM (
        SELECT extract(year FROM min(known_from))::int AS year FROM ev GROUP BY case_id) k
      WHERE year IS NOT NULL GROUP BY year),
    years AS (
      SELECT generate_series(LEAST(coalesce((SELECT min(extract(year FROM known_from))::int FROM ev), ${lastYear}::int), ${lastYear}::int), ${lastYear}::int) AS year)
    SELECT 'total' AS kind, NULL AS key, count(*)::int AS n, 0 AS m FROM scope
    UNION ALL SELECT 'known', NULL, count(*)::int, 0 FROM held
    UNION ALL SELECT 'status', to_status::text, count(*)::int, 0 FROM held GROUP BY to_status
    UNION ALL SELECT 'role', role::text, count(*)::int, 0 FROM scope CROSS JOIN unnest(person_roles) AS role GROUP BY role
    UNION ALL SELECT 'start', CASE WHEN since_precision = 'UNKNOWN' THEN NULL ELSE extract(year FROM since_date)::text END,
      count(*)::int, 0 FROM ev
      WHERE ${isDetention(Prisma.sql`to_status`)} AND (from_status IS NULL OR NOT ${isDetention(Prisma.sql`from_status`)})
        AND ${holdsOn(Prisma.sql`ev`, D)}
      GROUP BY 2
    UNION ALL SELECT 'year', y.year::text,
      (SELECT coalesce(sum(d), 0) FROM steps WHERE steps.year <= y.year)::int,
      (SELECT coalesce(sum(d), 0) FROM known_steps k WHERE k.year <= y.year)::int
      FROM years y WHERE y.year < ${lastYear}::int
    UNION ALL SELECT 'bucket', ${detentionBucket(Prisma.sql`span`)}, count(*)::int, 0
      FROM held h ${detentionSpanJoin(Prisma.sql`h`, D)}
      WHERE ${isDetention(Prisma.sql`h.to_status`)} GROUP BY 2`;
}

/** Every year from the first to the last given, with the counts given and zero for the rest. */
function everyYear(counts: Map<number, number>, last: number): { year: number; count: number }[] {
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const end = Math.max(last, ...counts.keys());
  return Array.from({ length: end - first + 1 }, (_, i) => ({ year: first + i, count: counts.get(first + i) ?? 0 }));
}

export async function getStatistics(options: { countryCode?: string; asOf?: Date }): Promise<Statistics> {
  const asOf = options.asOf ?? new Date();
  const day = asOfDay(options.asOf);
  const lastYear = asOf.getUTCFullYear();
  const rows = await statisticsQuery(options.countryCode, day, lastYear);
  const pick = (kind: string) => rows.filter((row) => row.kind === kind);
  const total = pick("total")[0]?.n ?? 0;
  const known = pick("known")[0]?.n ?? 0;
  const byCount = (a: { count: number }, b: { count: number }) => b.count - a.count;
  const starts = pick("start");
  const buckets = new Map(pick("bucket").map((r) => [r.key, r.n]));
  // The as-of day closes the last year; it is the `held` count itself.
  const heldDetained = pick("bucket").reduce((sum, r) => sum + r.n, 0);
  const pastYears = pick("year").map((r) => ({ year: Number(r.key), detained: r.n, notKnown: total - r.m }));
  return {
    asOf,
    present: day === null,
    total,
    notKnown: total - known,
    byStatus: pick("status")
      .map((r) => ({ status: r.key as CaseStatus, count: r.n }))
      .sort(byCount),
    byRole: pick("role")
      .map((r) => ({ role: r.key as PersonRole, count: r.n }))
      .sort(byCount),
    startsPerYear: everyYear(new Map(starts.flatMap((r) => (r.key === null ? [] : [[Number(r.key), r.n]]))), lastYear),
    startNotKnown: starts.find((r) => r.key === null)?.n ?? 0,
    detainedOverTime:
      total === 0
        ? []
        : [...pastYears, { year: lastYear, detained: heldDetained, notKnown: total - known }].sort(
            (a, b) => a.year - b.year,
          ),
    detentionTimes: DETENTION_BUCKETS.map((bucket) => ({ bucket, count: buckets.get(bucket) ?? 0 })),
  };
}
