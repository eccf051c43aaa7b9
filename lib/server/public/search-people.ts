// Finds published people by any spelling of their name: exact key first, then prefix, then fuzzy (trigram
// word similarity), over names and aliases alike. Name keys hold only [a-z0-9 ], so no query can inject LIKE
// wildcards or SQL.
import "server-only";
import { db } from "@/lib/db";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";

export type PersonMatch = {
  slug: string;
  fullName: string;
  isUnnamed: boolean;
  countryCode: string;
  countryName: string;
  status: CaseStatus;
  rank: number;
  score: number;
};

export const MAX_SEARCH_LENGTH = 200;

export async function searchPeople(query: string, limit = 20): Promise<PersonMatch[]> {
  const key = nameKey(query.slice(0, MAX_SEARCH_LENGTH));
  if (key.length < 2) return [];
  return db.$queryRaw<PersonMatch[]>`
    WITH names AS (
      SELECT p.id AS person_id, p.search_name FROM person p
      UNION ALL
      SELECT a.person_id, a.search_name FROM person_alias a
      UNION ALL
      SELECT e.person_id, e.search_name FROM external_identifier e
    ), matched AS (
      SELECT person_id,
             min(CASE WHEN search_name = ${key} THEN 0
                      WHEN search_name LIKE ${key} || '%' OR search_name LIKE '% ' || ${key} || '%' THEN 1
                      ELSE 2 END) AS rank,
             max(word_similarity(${key}, search_name)) AS score
      FROM names
      WHERE search_name LIKE '%' || ${key} || '%' OR ${key} <% search_name
      GROUP BY person_id
    )
    SELECT DISTINCT ON (m.rank, m.score, p.full_name, p.id)
           p.slug, p.full_name AS "fullName", p.is_unnamed AS "isUnnamed", c.country_code AS "countryCode",
           co.name AS "countryName", c.status::text AS status, m.rank, m.score::float8 AS score
    FROM matched m
    JOIN person p ON p.id = m.person_id
    JOIN LATERAL (
      SELECT country_code, status FROM "case"
      WHERE person_id = p.id AND visibility = 'PUBLISHED' AND deleted_at IS NULL
      ORDER BY created_at LIMIT 1
    ) c ON true
    JOIN country co ON co.code = c.country_code
    ORDER BY m.rank, m.score DESC, p.full_name, p.id
    LIMIT ${limit}`;
}
