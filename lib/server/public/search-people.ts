// Finds published people by any spelling of their name: exact key first, then prefix, then fuzzy (trigram
// word similarity), over names, aliases and external identifiers. Substring matches are looked up first and
// are cheap on the trigram index; the costlier fuzzy match runs only when they leave room in the results.
// Name keys hold only [a-z0-9 ], so no query can inject LIKE wildcards or SQL.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
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

async function matches(
  key: string,
  fuzzy: boolean,
  exclude: string[],
  limit: number,
): Promise<(PersonMatch & { personId: string })[]> {
  const condition = fuzzy
    ? Prisma.sql`${key} <% search_name AND NOT (search_name LIKE '%' || ${key} || '%')`
    : Prisma.sql`search_name LIKE '%' || ${key} || '%'`;
  const notIn = exclude.length ? Prisma.sql`AND person_id NOT IN (${Prisma.join(exclude)})` : Prisma.empty;
  return db.$queryRaw`
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
      WHERE ${condition} ${notIn}
      GROUP BY person_id
    )
    -- Ranked first, then each person's published case looked up in that order until the page is full: a
    -- similar spelling can match thousands of people ("Saida…"), and looking up every one's case before
    -- sorting cost more than the match itself. OFFSET 0 keeps the ranked list a subquery whose order the
    -- nested loop and LIMIT follow; people with no published case are passed over as before.
    SELECT r.id AS "personId", r.slug, r.full_name AS "fullName", r.is_unnamed AS "isUnnamed", c.country_code AS "countryCode",
           co.name AS "countryName", c.status::text AS status, r.rank, r.score::float8 AS score
    FROM (
      SELECT m.rank, m.score, p.id, p.slug, p.full_name, p.is_unnamed FROM matched m JOIN person p ON p.id = m.person_id
      ORDER BY m.rank, m.score DESC, p.full_name, p.id OFFSET 0
    ) r
    JOIN LATERAL (
      SELECT country_code, status FROM "case"
      WHERE person_id = r.id AND ${publishedSql(Prisma.sql`"case"`)}
      ORDER BY created_at LIMIT 1
    ) c ON true
    JOIN LATERAL (SELECT co.name FROM country co WHERE co.code = c.country_code) co ON true
    ORDER BY r.rank, r.score DESC, r.full_name, r.id
    LIMIT ${limit}`;
}

/** `fuzzy: "fallback"` (the suggestion box) skips the fuzzy pass when the spelling already matched someone. */
export async function searchPeople(
  query: string,
  limit = 20,
  options: { fuzzy: "always" | "fallback" } = { fuzzy: "always" },
): Promise<PersonMatch[]> {
  const key = nameKey(query.slice(0, MAX_SEARCH_LENGTH));
  if (key.length < 2) return [];
  const found = await matches(key, false, [], limit);
  const wantFuzzy = options.fuzzy === "always" ? found.length < limit : found.length === 0;
  if (wantFuzzy)
    found.push(
      ...(await matches(
        key,
        true,
        found.map((f) => f.personId),
        limit - found.length,
      )),
    );
  return found.map(({ personId: _, ...match }) => match);
}
