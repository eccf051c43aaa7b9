// One country's public picture: its published cases, the laws criticised, demands on its government, and sources.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, NameScript, SourceKind } from "@/lib/generated/prisma/enums";
import { statusesAsOf } from "@/lib/status-time/as-of";
import { countPublishedByStatus } from "./count-published-cases";
import { nameSortField, nameSortSql } from "./name-sort";
import { PUBLIC_DEMAND, publicCitationSelect } from "./public-selects";

/** The page lists this many cases, first by name, and links to /cases with the country filter for the rest. */
export const COUNTRY_PAGE_CASES = 25;

const citations = { select: publicCitationSelect, orderBy: { id: "asc" } } as const;

/**
 * The sources that public claims about the country cite: about a published case there (or its status events),
 * a law of the country, or a demand on its government or about a published case there. This is PUBLIC_CITATION
 * narrowed to claims about a country, written as one first-match lookup per kind of claim: Prisma's
 * form of PUBLIC_CITATION joins every table before filtering, which took seconds at 100,000 cases. It can only
 * list fewer sources than PUBLIC_CITATION would (never one that no public claim cites).
 */
function countrySources(code: string) {
  // One scalar subquery with LIMIT 1 per kind of claim, each stopping at the first that qualifies. As EXISTS the
  // planner hash-joined every citation; as one subquery joining every kind it walked a source's citations in
  // status_event_id order and probed each (1,000 rows, 60-150 ms for a source cited by 100,000 cases).
  const first = (from: Prisma.Sql, where: Prisma.Sql) =>
    Prisma.sql`(SELECT 1 FROM citation ci ${from} WHERE ci.source_id = s.id AND ${where} LIMIT 1) IS NOT NULL`;
  const inCountry = (c: Prisma.Sql) => Prisma.sql`${c}.country_code = ${code} AND ${publishedSql(c)}`;
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
    WHERE ${first(Prisma.sql`JOIN "case" c ON c.id = ci.case_id`, inCountry(Prisma.sql`c`))}
       OR ${first(Prisma.sql`JOIN status_event e ON e.id = ci.status_event_id JOIN "case" c ON c.id = e.case_id`, inCountry(Prisma.sql`c`))}
       OR ${first(Prisma.sql`JOIN law l ON l.id = ci.law_id`, Prisma.sql`l.country_code = ${code}`)}
       OR ${first(
         Prisma.sql`JOIN demand d ON d.id = ci.demand_id LEFT JOIN "case" c ON c.id = d.case_id`,
         Prisma.sql`d.country_code = ${code} AND (d.case_id IS NULL OR ${publishedSql(Prisma.sql`c`)})`,
       )}
    ORDER BY s.title`;
}

async function firstCaseIds(code: string, script: NameScript): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "case" c WHERE c.country_code = ${code} AND ${publishedSql(Prisma.sql`c`)}
    ORDER BY ${nameSortSql(script)}, c.id LIMIT ${COUNTRY_PAGE_CASES}`;
  return rows.map((r) => r.id);
}

/** script: the reader's, so the first cases by name are the first by the names the page shows. */
export async function getCountryPage(code: string, script: NameScript = "LATIN") {
  const country = await db.country.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!country) return null;
  const [byStatus, cases, laws, demands, sources] = await Promise.all([
    countPublishedByStatus(code),
    db.case.findMany({
      // The page's ids come from the (country, name) list index; Prisma's own query, with its parameters,
      // could not use that partial index.
      where: { id: { in: await firstCaseIds(code, script) } },
      orderBy: [{ [nameSortField(script)]: "asc" }, { id: "asc" }],
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
            // By name: the first in the reader's script is the one shown, and the one sorted by.
            aliases: { select: { name: true, script: true }, orderBy: { name: "asc" } },
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
