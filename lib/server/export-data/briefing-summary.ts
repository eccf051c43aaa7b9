// A country briefing's summary and the choice of the cases it lists, as SQL aggregates over every published
// case of the country: however many there are, only the counts and the listed cases' ids leave the database.
// Each case's status on the day is the one the as-of rule (lib/status-time/as-of.ts) gives, exactly as
// statusesAsOf reads it; the time in detention is detentionSpan's, in SQL (detention-span-sql.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DemandKind } from "@/lib/generated/prisma/enums";
import { holdsOn, sqlDay } from "@/lib/status-time/as-of";
import type { Span } from "@/lib/status-time/days-in-status";
import { detentionSpanJoin, isDetention } from "@/lib/status-time/detention-span-sql";

export type BriefingSummaryCounts = {
  /** The cases the briefing is about: every published case, or those in the chosen statuses. */
  total: number;
  /** People in the country whose status on the date is not known (whatever statuses were chosen). */
  notKnown: number;
  byStatus: { status: CaseStatus; count: number }[];
  detention: {
    /** Of `total`, those in a detention status on the date. */
    detained: number;
    /** Of those, the ones whose time in detention is known. */
    counted: number;
    total: Span | null;
    longest: Span | null;
  };
  /** The case of `detention.longest` (the first by name among equals). */
  longestId: string | null;
  /** The open per-person demands of these cases that a citation supports, gathered by kind and addressee. */
  asks: BriefingAsk[];
};

export type BriefingAsk = { kind: DemandKind; targetAuthority: string; people: number };

/** Between a demand's kind and its addressee in one aggregate row's key: a character no addressee holds. */
const ASK_SEPARATOR = "\u001f";

/** Every published case of the country (`scope`), and the status each holds on `day` with what its time in
 *  detention needs (`held`, one row per case whose status is known then). */
function held(code: string, day: string | null): Prisma.Sql {
  return Prisma.sql`scope AS MATERIALIZED (
      SELECT c.id, c.sort_name, c.arrest_date, c.arrest_precision FROM "case" c
      WHERE c.country_code = ${code} AND ${publishedSql(Prisma.sql`c`)}),
    held AS MATERIALIZED (
      SELECT DISTINCT ON (t.case_id) t.case_id, t.sequence, s.sort_name, s.arrest_date, s.arrest_precision,
             t.to_status, t.since_date, t.since_precision, t.last_reported_on
      FROM status_event_time t JOIN scope s ON s.id = t.case_id
      WHERE ${holdsOn(Prisma.sql`t`, sqlDay(day))}
      ORDER BY t.case_id, t.sequence DESC)`;
}

/** Chosen statuses as a condition on `h.to_status`; none chosen means every case, known or not. */
const inStatuses = (statuses: CaseStatus[] | undefined) =>
  statuses?.length ? Prisma.sql`h.to_status::text IN (${Prisma.join(statuses)})` : Prisma.sql`true`;

export async function briefingSummary(
  code: string,
  day: string | null,
  statuses: CaseStatus[] | undefined,
): Promise<BriefingSummaryCounts> {
  const D = sqlDay(day);
  const rows = await db.$queryRaw<
    { kind: string; key: string | null; n: number; days: number | null; exact: boolean | null }[]
  >`
    WITH ${held(code, day)},
    -- The cases whose status is known, in the chosen statuses if any; a case not known on the day has no
    -- status and no time in detention, and counts only in the total when no status is chosen.
    matching AS MATERIALIZED (
      SELECT h.case_id AS id, h.sort_name, h.to_status, span.days, span.exact
      FROM held h ${detentionSpanJoin(Prisma.sql`h`, D)}
      WHERE ${inStatuses(statuses)})
    SELECT 'total' AS kind, NULL AS key, count(*)::int AS n, NULL::int AS days, NULL::bool AS exact
      FROM ${statuses?.length ? Prisma.sql`matching` : Prisma.sql`scope`}
    UNION ALL SELECT 'notKnown', NULL, ((SELECT count(*) FROM scope) - (SELECT count(*) FROM held))::int, NULL, NULL
    UNION ALL SELECT 'status', to_status::text, count(*)::int, NULL, NULL FROM matching
      WHERE to_status IS NOT NULL GROUP BY to_status
    UNION ALL SELECT 'detention', NULL, count(*)::int, sum(days)::int, bool_and(exact) FILTER (WHERE days IS NOT NULL)
      FROM matching WHERE ${isDetention(Prisma.sql`to_status`)}
    UNION ALL SELECT 'counted', NULL, count(days)::int, NULL, NULL FROM matching
    UNION ALL (SELECT 'longest', id, 1, days, exact FROM matching WHERE days IS NOT NULL
      ORDER BY days DESC, sort_name, id LIMIT 1)
    -- The key asks: a demand counts once per person, only while it is not met and only when a source is cited
    -- for it, so the summary asks nothing of anyone that the records do not. The addressee is as recorded.
    UNION ALL SELECT 'ask', d.kind::text || ${ASK_SEPARATOR} || d.target_authority, count(DISTINCT d.case_id)::int,
        NULL, NULL
      FROM demand d JOIN ${statuses?.length ? Prisma.sql`matching` : Prisma.sql`scope`} m ON m.id = d.case_id
      WHERE d.status <> 'MET' AND EXISTS (SELECT 1 FROM citation ci WHERE ci.demand_id = d.id)
      GROUP BY d.kind, d.target_authority`;
  const one = (kind: string) => rows.find((r) => r.kind === kind);
  const detention = one("detention");
  const longest = one("longest");
  const counted = one("counted")?.n ?? 0;
  return {
    total: one("total")?.n ?? 0,
    notKnown: one("notKnown")?.n ?? 0,
    byStatus: rows
      .filter((r) => r.kind === "status")
      .map((r) => ({ status: r.key as CaseStatus, count: r.n }))
      .sort((a, b) => b.count - a.count),
    detention: {
      detained: detention?.n ?? 0,
      counted,
      total: counted > 0 && detention?.days != null ? { days: detention.days, exact: detention.exact ?? true } : null,
      longest: longest?.days != null ? { days: longest.days, exact: longest.exact ?? false } : null,
    },
    longestId: longest?.key ?? null,
    asks: rows
      .filter((r) => r.kind === "ask")
      .map((r) => {
        const [kind, ...target] = r.key!.split(ASK_SEPARATOR);
        return { kind: kind as DemandKind, targetAuthority: target.join(ASK_SEPARATOR), people: r.n };
      })
      .sort(
        (a, b) =>
          b.people - a.people || a.kind.localeCompare(b.kind) || a.targetAuthority.localeCompare(b.targetAuthority),
      ),
  };
}

/** The ids of the first `limit` cases the briefing is about, by name. */
export async function listedCaseIds(
  code: string,
  day: string | null,
  statuses: CaseStatus[] | undefined,
  limit: number,
): Promise<string[]> {
  // Without chosen statuses this is a range of the (country, name) list index; with them, of the held statuses.
  const rows = statuses?.length
    ? await db.$queryRaw<{ id: string }[]>`
        WITH ${held(code, day)}
        SELECT h.case_id AS id FROM held h WHERE ${inStatuses(statuses)}
        ORDER BY h.sort_name, h.case_id LIMIT ${limit}`
    : await db.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM "case" c WHERE c.country_code = ${code} AND ${publishedSql(Prisma.sql`c`)}
        ORDER BY c.sort_name, c.id LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
