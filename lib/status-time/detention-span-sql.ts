// detentionSpan (days-in-status.ts) as SQL, so that statistics and briefing summaries aggregate it in the
// database instead of reading every person. The same rule, step by step: the span ends on the last day a
// source shows the status holding (the latest report, or the as-of day if that is earlier; never today from a
// report); it starts at the last day the arrest date can mean, or failing that (unknown, or after the end) the
// last day the status's since date can mean; it is exact only from a known day to the as-of day. The
// integration test detention-span-sql.test.ts holds the two to the same answers.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { BUCKET_FROM_YEARS } from "./detention-buckets";
import { DETENTION_STATUSES } from "./days-in-status";

const DETENTION = Prisma.join([...DETENTION_STATUSES]);

/** True when the SQL status `column` is one of DETENTION_STATUSES. */
export const isDetention = (column: Prisma.Sql) => Prisma.sql`(${column}::text IN (${DETENTION}))`;

/**
 * A LATERAL join adding `span.days` (NULL when not known) and `span.exact` for a row `h` that has the held
 * status's columns (to_status, since_date, since_precision, last_reported_on) and the case's arrest_date and
 * arrest_precision. `day` is the as-of day, an SQL date that is NULL for the present.
 */
export function detentionSpanJoin(h: Prisma.Sql, day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`CROSS JOIN LATERAL (
    SELECT e.span_end - s.start AS days, (s.exact_start AND e.exact_end) AS exact, s.start, e.span_end
    FROM (
      SELECT CASE WHEN ${isDetention(Prisma.sql`${h}.to_status`)} THEN
               CASE WHEN ${day} < ${h}.last_reported_on THEN ${day} ELSE ${h}.last_reported_on END END AS span_end,
             coalesce(${day} < ${h}.last_reported_on, false) AS exact_end
    ) e
    CROSS JOIN LATERAL (
      SELECT partial_date_end(${h}.arrest_date, ${h}.arrest_precision) AS arrest,
             partial_date_end(${h}.since_date, ${h}.since_precision) AS since
    ) b
    CROSS JOIN LATERAL (
      SELECT CASE WHEN e.span_end >= b.arrest THEN b.arrest WHEN e.span_end >= b.since THEN b.since END AS start,
             CASE WHEN e.span_end >= b.arrest THEN ${h}.arrest_precision = 'DAY'
                  WHEN e.span_end >= b.since THEN ${h}.since_precision = 'DAY' END AS exact_start
    ) s
  ) span`;
}

/** The DETENTION_BUCKETS key of a span from detentionSpanJoin: whole calendar years from its start to its end. */
export function detentionBucket(span: Prisma.Sql): Prisma.Sql {
  const { from1to2, from2to5, from5to10, over10 } = BUCKET_FROM_YEARS;
  const under = (years: number) =>
    Prisma.sql`${span}.span_end < (${span}.start + make_interval(years => ${years}::int))::date`;
  return Prisma.sql`CASE WHEN ${span}.start IS NULL THEN 'notKnown'
    WHEN ${under(from1to2)} THEN 'under1' WHEN ${under(from2to5)} THEN 'from1to2'
    WHEN ${under(from5to10)} THEN 'from2to5' WHEN ${under(over10)} THEN 'from5to10' ELSE 'over10' END`;
}
