// What each published case adds to every figure of the statistics on a day, in one SQL query over the status
// history, with the as-of rule of lib/status-time: a person is counted in a status on a day when it is known to
// have begun by then or a source dated by then reports it; otherwise their status on that day is "not known".
// Every figure is a sum of these contributions, so the same rows serve two reads: summed at once for a past
// day (`sum`), or kept per case for the present (`perCase`, stored by refresh-statistics.ts), whose figures do
// not depend on today's date.
import "server-only";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { holdsOn } from "@/lib/status-time/as-of";
import { detentionBucket, detentionSpanJoin, isDetention } from "@/lib/status-time/detention-span-sql";

/**
 * The kinds of contribution, each counted under a key:
 * total and known (key ''): the case is in scope / has a status that holds on the day;
 * status, role: the held status, each of the person's roles;
 * start: a detention that began (a detention status after none or after a non-detention one), by the year of
 *   its known start ('' when not known);
 * step: +1 in the year from whose end a detention status holds, -1 in the year from whose end it no longer does;
 * knownStep: 1 in the first year at whose end anything is known of the case;
 * bucket: how long the person held on the day has been in detention (DETENTION_BUCKETS, or notKnown).
 */
export type ContributionKind = "total" | "known" | "status" | "role" | "start" | "step" | "knownStep" | "bucket";

/** The contributions of the published cases `scope` selects (a condition on case row `c`), on `day` (NULL: the present). */
export function contributionsSql(scope: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  // `later` stands for the case's later events (higher sequence) as one row: the earliest day one of them is
  // known from. An event is the one held on the day when it holds (holdsOn) and no later event does.
  const held = Prisma.sql`${holdsOn(Prisma.sql`ev`, day)} AND NOT coalesce(ev.has_later AND ${holdsOn(Prisma.sql`later`, day)}, false)`;
  return Prisma.sql`
    WITH scope AS MATERIALIZED (
      SELECT c.id, c.country_code, c.person_roles, c.arrest_date, c.arrest_precision FROM "case" c
      WHERE ${publishedSql(Prisma.sql`c`)} AND ${scope}),
    ev AS MATERIALIZED (
      SELECT t.case_id, t.sequence, t.from_status, t.to_status, t.since_date, t.since_precision, t.last_reported_on,
             t.known_from, s.arrest_date, s.arrest_precision,
             min(t.known_from) OVER later AS later_known_from, row_number() OVER newest_first > 1 AS has_later
      FROM status_event_time t JOIN scope s ON s.id = t.case_id
      WINDOW newest_first AS (PARTITION BY t.case_id ORDER BY t.sequence DESC),
             later AS (newest_first ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
    held AS MATERIALIZED (
      SELECT ev.* FROM ev CROSS JOIN LATERAL (SELECT ev.later_known_from AS known_from) later WHERE ${held}),
    -- On a past year's last day D the rule reads: known_from <= D and no later event's known_from <= D. So an
    -- event holds at the end of every year from the year of its known_from to the year before a later event's.
    spans AS (
      SELECT case_id, extract(year FROM known_from)::int AS y0, extract(year FROM later_known_from)::int AS y1 FROM ev
      WHERE known_from IS NOT NULL AND ${isDetention(Prisma.sql`to_status`)})
    SELECT id AS case_id, 'total' AS kind, '' AS key, 1 AS n FROM scope
    UNION ALL SELECT case_id, 'known', '', 1 FROM held
    UNION ALL SELECT case_id, 'status', to_status::text, 1 FROM held
    UNION ALL SELECT id, 'role', role::text, 1 FROM scope CROSS JOIN unnest(person_roles) AS role
    UNION ALL SELECT case_id, 'start',
      CASE WHEN since_precision = 'UNKNOWN' THEN '' ELSE extract(year FROM since_date)::text END, 1 FROM ev
      WHERE ${isDetention(Prisma.sql`to_status`)} AND (from_status IS NULL OR NOT ${isDetention(Prisma.sql`from_status`)})
        AND ${holdsOn(Prisma.sql`ev`, day)}
    UNION ALL SELECT case_id, 'step', y0::text, 1 FROM spans WHERE y1 IS NULL OR y1 > y0
    UNION ALL SELECT case_id, 'step', y1::text, -1 FROM spans WHERE y1 > y0
    -- A case is known at a year's end from the first day any of its events is.
    UNION ALL SELECT case_id, 'knownStep', extract(year FROM min(known_from))::int::text, 1 FROM ev
      GROUP BY case_id HAVING min(known_from) IS NOT NULL
    UNION ALL SELECT h.case_id, 'bucket', ${detentionBucket(Prisma.sql`span`)}, 1
      FROM held h ${detentionSpanJoin(Prisma.sql`h`, day)}
      WHERE ${isDetention(Prisma.sql`h.to_status`)}`;
}

export type ContributionSum = { kind: ContributionKind; key: string; n: number };

/** The contributions summed by kind and key. */
export function sumContributionsSql(scope: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT kind, key, sum(n)::int AS n FROM (${contributionsSql(scope, day)}) x GROUP BY kind, key`;
}
