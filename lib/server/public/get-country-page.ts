// One country's public picture: its published cases, the laws criticised, demands on its government, and sources.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, SourceKind } from "@/lib/generated/prisma/enums";
import { statusesAsOf } from "@/lib/status-time/as-of";
import { countPublishedByStatus } from "./count-published-cases";
import { PUBLIC_DEMAND, publicCitationSelect } from "./public-selects";

/** The page lists this many cases, first by name, and links to /cases with the country filter for the rest. */
export const COUNTRY_PAGE_CASES = 25;

const citations = { select: publicCitationSelect, orderBy: { id: "asc" } } as const;

/**
 * The sources that public claims about the country cite: about a published case there (or its status events),
 * a law of the country, or a demand on its government or about a published case there. This is PUBLIC_CITATION
 * narrowed to claims about a country, written as plain EXISTS lookups on the citation's source index: Prisma's
 * form of PUBLIC_CITATION joins every table before filtering, which took seconds at 100,000 cases. It can only
 * list fewer sources than PUBLIC_CITATION would (never one that no public claim cites).
 */
function countrySources(code: string) {
  // A scalar subquery with LIMIT 1 runs once per source and stops at the first qualifying claim; as EXISTS
  // the planner hash-joined every citation instead.
  return db.$queryRaw<
    {
      id: string;
      title: string;
      publisher: string | null;
      publishedDate: Date | null;
      publishedPrecision: DatePrecision;
      kind: SourceKind;
    }[]
  >`
    SELECT s.id, s.title, s.publisher, s.published_date AS "publishedDate", s.published_precision::text AS "publishedPrecision", s.kind::text AS kind
    FROM source s
    WHERE (SELECT 1 FROM citation ci
             LEFT JOIN "case" c1 ON c1.id = ci.case_id
             LEFT JOIN status_event e ON e.id = ci.status_event_id LEFT JOIN "case" c2 ON c2.id = e.case_id
             LEFT JOIN law l ON l.id = ci.law_id
             LEFT JOIN demand d ON d.id = ci.demand_id LEFT JOIN "case" c3 ON c3.id = d.case_id
           WHERE ci.source_id = s.id AND (
             (c1.country_code = ${code} AND ${publishedSql(Prisma.sql`c1`)})
             OR (c2.country_code = ${code} AND ${publishedSql(Prisma.sql`c2`)})
             OR l.country_code = ${code}
             OR (d.country_code = ${code} AND (d.case_id IS NULL OR ${publishedSql(Prisma.sql`c3`)})))
           LIMIT 1) IS NOT NULL
    ORDER BY s.title`;
}

async function firstCaseIds(code: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "case" c WHERE c.country_code = ${code} AND ${publishedSql(Prisma.sql`c`)}
    ORDER BY c.sort_name, c.id LIMIT ${COUNTRY_PAGE_CASES}`;
  return rows.map((r) => r.id);
}

export async function getCountryPage(code: string) {
  const country = await db.country.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!country) return null;
  const [byStatus, cases, laws, demands, sources] = await Promise.all([
    countPublishedByStatus(code),
    db.case.findMany({
      // The page's ids come from the (country, name) list index; Prisma's own query, with its parameters,
      // could not use that partial index.
      where: { id: { in: await firstCaseIds(code) } },
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        statusSince: true,
        statusSincePrecision: true,
        person: {
          select: {
            slug: true,
            fullName: true,
            isUnnamed: true,
            roles: true,
            aliases: { select: { name: true, script: true } },
          },
        },
      },
    }),
    db.law.findMany({
      where: { countryCode: code },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        description: true,
        status: true,
        citations,
        demands: {
          where: PUBLIC_DEMAND,
          select: { id: true, kind: true, description: true, targetAuthority: true, status: true },
        },
      },
    }),
    db.demand.findMany({
      where: { countryCode: code, caseId: null, lawId: null },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, description: true, targetAuthority: true, status: true, citations },
    }),
    countrySources(code),
  ]);
  const times = await statusesAsOf(cases.map((c) => c.id));
  return {
    country,
    byStatus,
    /** All published cases of the country; `cases` holds the first COUNTRY_PAGE_CASES of them. */
    totalCases: byStatus.reduce((sum, row) => sum + row.count, 0),
    cases: cases.map((c) => ({ ...c, reported: times.get(c.id)?.report ?? null })),
    laws,
    demands,
    sources,
  };
}

export type CountryPage = NonNullable<Awaited<ReturnType<typeof getCountryPage>>>;
