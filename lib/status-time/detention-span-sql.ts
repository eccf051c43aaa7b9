// detentionSpan (days-in-status.ts) as SQL, so that statistics and briefing summaries aggregate it in the
// database instead of reading every person. The same rule, step by step, over the current unbroken run of
// detention statuses (the held status and the detention statuses right before it, back to the last status
// outside detention): the span ends on the last day a source shows the run holding (its latest report, or the
// as-of day if that is earlier; never today from a report). It starts when the run began if a source says
// (exact from there); else at the arrest, when nothing outside detention may have come after it and no dated
// status of the run comes before it (exact); else "at least" from the first dated status of the run. Each start
// is the last day its date can mean. tests/integration/status-time.test.ts holds the two to the same answers.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { BUCKET_FROM_YEARS } from "./detention-buckets";
import { DETENTION_STATUSES } from "./days-in-status";

const DETENTION = Prisma.join([...DETENTION_STATUSES]);

/** True when the SQL status `column` is one of DETENTION_STATUSES. */
export const isDetention = (column: Prisma.Sql) => Prisma.sql`(${column}::text IN (${DETENTION}))`;

/**
 * A LATERAL join adding `span.days` (NULL when not known), `span.exact`, `span.start` and `span.span_end` for a
 * row `h` that has the held status event's case_id, sequence and to_status, and the case's arrest_date and
 * arrest_precision. `day` is the as-of day, an SQL date that is NULL for the present.
 */
export function detentionSpanJoin(h: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (
    SELECT CASE WHEN s.start <= e.span_end THEN e.span_end - s.start END AS days,
           (s.exact_start AND e.exact_end AND s.start <= e.span_end) AS exact,
           CASE WHEN s.start <= e.span_end THEN s.start END AS start, e.span_end
    FROM (
      SELECT brk.sequence AS brk_sequence, brk.known_from AS brk_known_from FROM (SELECT 1) one
      LEFT JOIN LATERAL (
        SELECT x.sequence, xt.known_from FROM status_event x JOIN status_event_time xt ON xt.status_event_id = x.id
        WHERE x.case_id = ${h}.case_id AND x.sequence < ${h}.sequence AND NOT ${isDetention(Prisma.sql`x.to_status`)}
        ORDER BY x.sequence DESC LIMIT 1
      ) brk ON true
    ) b
    CROSS JOIN LATERAL (
      SELECT (array_agg(x.date ORDER BY x.sequence))[1] AS run_date,
             (array_agg(x.date_precision ORDER BY x.sequence))[1] AS run_precision,
             (array_agg(x.date ORDER BY x.sequence) FILTER (WHERE x.date_precision <> 'UNKNOWN'))[1] AS later_date,
             (array_agg(x.date_precision ORDER BY x.sequence) FILTER (WHERE x.date_precision <> 'UNKNOWN'))[1]
               AS later_precision,
             max(x.last_reported_on) AS last_reported_on
      FROM status_event x
      WHERE x.case_id = ${h}.case_id AND x.sequence > coalesce(b.brk_sequence, -2147483648) AND x.sequence <= ${h}.sequence
    ) r
    CROSS JOIN LATERAL (
      SELECT CASE WHEN ${isDetention(Prisma.sql`${h}.to_status`)} THEN
               CASE WHEN ${day} < r.last_reported_on THEN ${day} ELSE r.last_reported_on END END AS span_end,
             coalesce(${day} < r.last_reported_on, false) AS exact_end,
             (r.run_date IS NOT NULL AND r.run_precision <> 'UNKNOWN') AS run_dated,
             (${h}.arrest_date IS NOT NULL AND ${h}.arrest_precision <> 'UNKNOWN'
               AND (b.brk_sequence IS NULL OR b.brk_known_from < ${h}.arrest_date)
               AND (r.later_date IS NULL OR ${h}.arrest_date <= r.later_date)) AS arrest_starts
    ) e
    CROSS JOIN LATERAL (
      SELECT CASE WHEN e.run_dated THEN partial_date_end(r.run_date, r.run_precision)
                  WHEN e.arrest_starts THEN partial_date_end(${h}.arrest_date, ${h}.arrest_precision)
                  WHEN r.later_date IS NOT NULL THEN partial_date_end(r.later_date, r.later_precision) END AS start,
             CASE WHEN e.run_dated THEN r.run_precision = 'DAY'
                  WHEN e.arrest_starts THEN ${h}.arrest_precision = 'DAY'
                  ELSE false END AS exact_start
    ) s
  ) span`;
}

/** The DETENTION_BUCKETS key of a span from detentionSpanJoin: whole calendar years from its start to its end. */
export function detentionBucket(span: Prisma.Sql): Prisma.Sql {
  const { from1to2, from2to5, from5to10, over10 } = BUCKET_FROM_YEARS;
  const under = (years: number) =>
    Prisma.sql`${span}.span_end < (${span}.start + make_interval(years => ${years}::int))::date`;
  return Prisma.sql`CASE WHEN ${span}.start IS NULL OR ${span}.span_end IS NULL THEN 'notKnown'
    WHEN ${under(from1to2)} THEN 'under1' WHEN ${under(from2to5)} THEN 'from1to2'
    WHEN ${under(from5to10)} THEN 'from2to5' WHEN ${under(over10)} THEN 'from5to10' ELSE 'over10' END`;
}
