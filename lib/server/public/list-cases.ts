// Published cases for the public list: filtered, sorted and paged by PostgreSQL, public columns only.
// Every filter and sort reads columns of the case row itself (the person's and country's names are copied
// there by triggers, see migration 20261201600000_case_list_scale), so a page at any depth is an index-only
// scan of one of the case_list_* indexes, and only the page's rows are joined to their person and country.
// The total comes from the case_count table, which the same triggers keep, unless a name query is involved.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DatePrecision, NameScript, PersonRole } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";
import { nameSortSql } from "./name-sort";
import type { TCaseListQuery } from "@/lib/validations/case-list";

export type PublicCaseRow = {
  caseId: string;
  slug: string;
  fullName: string;
  /** The person's first alias in the requested script, for the reader's language. */
  aliasName: string | null;
  isUnnamed: boolean;
  roles: PersonRole[];
  countryCode: string;
  countryName: string;
  status: CaseStatus;
  statusSince: Date | null;
  statusSincePrecision: DatePrecision;
};

/** `approximate`: the total is the planner's estimate (a broad name query), to be shown as "about N". */
export type PublicCaseList = { rows: PublicCaseRow[]; total: number; approximate: boolean };

/** Up to this many matches of a name query are counted exactly; beyond it, counting costs more than the page. */
export const EXACT_COUNT_LIMIT = 1000;

/** The joins every public case query reads from: case, its person and its country. */
export const PUBLIC_CASE_FROM = Prisma.sql`FROM "case" c JOIN person p ON p.id = c.person_id JOIN country co ON co.code = c.country_code`;

/** Conditions on the case row `c` alone (a name query looks its person up), so the list indexes can answer them. */
export function publicCaseWhere(query: TCaseListQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [publishedSql(Prisma.sql`c`)];
  if (query.country) conditions.push(Prisma.sql`c.country_code = ${query.country}`);
  if (query.status) conditions.push(Prisma.sql`c.status = ${query.status}::case_status`);
  if (query.role) conditions.push(Prisma.sql`${query.role}::person_role = ANY(c.person_roles)`);
  if (query.q) {
    // The same spelling-tolerant matching as the search box: any name or alias, by its search key.
    const key = nameKey(query.q);
    conditions.push(
      key.length < 2
        ? Prisma.sql`false`
        : Prisma.sql`EXISTS (SELECT 1 FROM person p WHERE p.id = c.person_id AND (p.search_name LIKE '%' || ${key} || '%' OR ${key} <% p.search_name OR EXISTS (
            SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND (a.search_name LIKE '%' || ${key} || '%' OR ${key} <% a.search_name))))`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * The ORDER BY for a sort, matching one of the list indexes: every key in the same direction (so an index
 * serves both by scanning backwards), ties broken by name then id, and unknown dates last either way.
 * A key fixed by the filter (the country's name within one country) is left out, or no index would match.
 * Sorted by name alone, the list reads in the order of the names it shows (name-sort.ts); as a tie-break the
 * source's spelling serves every language with the same indexes.
 */
export function publicCaseOrder(query: TCaseListQuery, script: NameScript = "LATIN"): Prisma.Sql {
  const dir = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const tail = Prisma.sql`c.sort_name ${dir}, c.id ${dir}`;
  const byName = Prisma.sql`${nameSortSql(script)} ${dir}, c.id ${dir}`;
  switch (query.sort) {
    case "name":
      return byName;
    case "country":
      return query.country ? byName : Prisma.sql`c.sort_country ${dir}, ${tail}`;
    case "role":
      return Prisma.sql`c.sort_role ${dir}, ${tail}`;
    case "status":
      return query.status ? byName : Prisma.sql`c.status ${dir}, ${tail}`;
    case "since":
      return Prisma.sql`c.status_since ${dir} NULLS LAST, ${tail}`;
  }
}

/** The number of matches: from case_count without a name query, else counted up to EXACT_COUNT_LIMIT, else estimated. */
async function countPublicCases(
  query: TCaseListQuery,
  where: Prisma.Sql,
): Promise<{ total: number; approximate: boolean }> {
  if (!query.q) {
    const filters: Prisma.Sql[] = [Prisma.sql`role = ${query.role ?? ""}`];
    if (query.country) filters.push(Prisma.sql`country_code = ${query.country}`);
    if (query.status) filters.push(Prisma.sql`status = ${query.status}::case_status`);
    const [row] = await db.$queryRaw<
      { total: number }[]
    >`SELECT COALESCE(sum(n), 0)::int AS total FROM case_count WHERE ${Prisma.join(filters, " AND ")}`;
    return { total: row?.total ?? 0, approximate: false };
  }
  const [counted] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (SELECT 1 FROM "case" c WHERE ${where} LIMIT ${EXACT_COUNT_LIMIT + 1}) m`;
  const total = counted?.total ?? 0;
  if (total <= EXACT_COUNT_LIMIT) return { total, approximate: false };
  const [plan] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "case" c WHERE ${where}`;
  const estimate = Math.round(plan?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0);
  return { total: Math.max(estimate, EXACT_COUNT_LIMIT + 1), approximate: true };
}

/** `window` overrides the page, for callers that page by offset (the API's cursors). */
export async function listPublicCases(
  query: TCaseListQuery,
  script: NameScript = "LATIN",
  window?: { offset: number; limit: number },
): Promise<PublicCaseList> {
  const where = publicCaseWhere(query);
  const order = publicCaseOrder(query, script);
  const limit = window?.limit ?? query.size;
  const offset = window?.offset ?? (query.page - 1) * query.size;
  const { total, approximate } = await countPublicCases(query, where);
  // A page past the end (page 2,000 of a short list) needs no scan at all.
  if (!approximate && offset >= total) return { rows: [], total, approximate };
  const rows = await db.$queryRaw<PublicCaseRow[]>`
    WITH page AS MATERIALIZED (SELECT c.id FROM "case" c WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
    SELECT c.id AS "caseId", p.slug, p.full_name AS "fullName", p.is_unnamed AS "isUnnamed",
           (SELECT a.name FROM person_alias a WHERE a.person_id = p.id AND a.script = ${script}::name_script
            ORDER BY a.name LIMIT 1) AS "aliasName",
           p.roles::text[] AS roles, c.country_code AS "countryCode", co.name AS "countryName",
           c.status::text AS status, c.status_since AS "statusSince",
           c.status_since_precision::text AS "statusSincePrecision"
    FROM page JOIN "case" c ON c.id = page.id JOIN person p ON p.id = c.person_id JOIN country co ON co.code = c.country_code
    ORDER BY ${order}`;
  return { rows, total, approximate };
}
