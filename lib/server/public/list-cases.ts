// Published cases for the public list: filtered, sorted and paged by PostgreSQL, public columns only.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, DatePrecision, NameScript, PersonRole } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";
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

export type PublicCaseList = { rows: PublicCaseRow[]; total: number };

const ORDER_COLUMNS: Record<TCaseListQuery["sort"], Prisma.Sql> = {
  name: Prisma.sql`p.full_name`,
  country: Prisma.sql`co.name`,
  role: Prisma.sql`p.roles[1]`,
  status: Prisma.sql`c.status`,
  since: Prisma.sql`c.status_since`,
};

/** The joins every public case query reads from: case, its person and its country. */
export const PUBLIC_CASE_FROM = Prisma.sql`FROM "case" c JOIN person p ON p.id = c.person_id JOIN country co ON co.code = c.country_code`;

export function publicCaseWhere(query: TCaseListQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c.visibility = 'PUBLISHED' AND c.deleted_at IS NULL`];
  if (query.country) conditions.push(Prisma.sql`c.country_code = ${query.country}`);
  if (query.status) conditions.push(Prisma.sql`c.status = ${query.status}::case_status`);
  if (query.role) conditions.push(Prisma.sql`${query.role}::person_role = ANY(p.roles)`);
  if (query.q) {
    // The same spelling-tolerant matching as the search box: any name or alias, by its search key.
    const key = nameKey(query.q);
    conditions.push(
      key.length < 2
        ? Prisma.sql`false`
        : Prisma.sql`(p.search_name LIKE '%' || ${key} || '%' OR ${key} <% p.search_name OR EXISTS (
            SELECT 1 FROM person_alias a WHERE a.person_id = p.id AND (a.search_name LIKE '%' || ${key} || '%' OR ${key} <% a.search_name)))`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

/** `window` overrides the page, for callers that page by offset (the API's cursors). */
export async function listPublicCases(
  query: TCaseListQuery,
  script: NameScript = "LATIN",
  window?: { offset: number; limit: number },
): Promise<PublicCaseList> {
  const where = publicCaseWhere(query);
  const direction = query.dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<PublicCaseRow[]>`
      SELECT c.id AS "caseId", p.slug, p.full_name AS "fullName", p.is_unnamed AS "isUnnamed",
             (SELECT a.name FROM person_alias a WHERE a.person_id = p.id AND a.script = ${script}::name_script
              ORDER BY a.name LIMIT 1) AS "aliasName",
             p.roles::text[] AS roles, c.country_code AS "countryCode", co.name AS "countryName",
             c.status::text AS status, c.status_since AS "statusSince",
             c.status_since_precision::text AS "statusSincePrecision"
      ${PUBLIC_CASE_FROM}
      WHERE ${where}
      ORDER BY ${ORDER_COLUMNS[query.sort]} ${direction} NULLS LAST, p.full_name ASC, c.id ASC
      LIMIT ${window?.limit ?? query.size} OFFSET ${window?.offset ?? (query.page - 1) * query.size}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${PUBLIC_CASE_FROM} WHERE ${where}`,
  ]);
  return { rows, total: counted[0]?.total ?? 0 };
}
