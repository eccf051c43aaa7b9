// People whose name or alias is close to a name, drafts included: the duplicate warning of the case form and the
// import's duplicate check, so both judge "the same person" alike.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";

export type PossibleDuplicate = {
  personId: string;
  fullName: string;
  caseId: string | null;
  countryCode: string | null;
  status: CaseStatus | null;
  score: number;
};

export async function possibleDuplicates(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  name: string,
  countryCode?: string,
): Promise<PossibleDuplicate[]> {
  const key = nameKey(name.slice(0, 200));
  if (key.length < 3) return [];
  const rows = await client.$queryRaw<PossibleDuplicate[]>`
    WITH names AS (
      SELECT id AS person_id, search_name FROM person
      UNION ALL
      SELECT person_id, search_name FROM person_alias
    ), close AS (
      SELECT person_id, max(similarity(${key}, search_name)) AS score
      FROM names
      WHERE ${key} % search_name OR ${key} <% search_name OR search_name <% ${key}
      GROUP BY person_id
    )
    SELECT p.id AS "personId", p.full_name AS "fullName", c.id AS "caseId", c.country_code AS "countryCode",
           c.status::text AS status, close.score::float8 AS score
    FROM close
    JOIN person p ON p.id = close.person_id
    LEFT JOIN LATERAL (SELECT id, country_code, status FROM "case" WHERE person_id = p.id AND deleted_at IS NULL ORDER BY created_at LIMIT 1) c ON true
    ORDER BY close.score DESC, p.full_name
    LIMIT 10`;
  // Same-country matches first: the likeliest duplicates.
  return countryCode
    ? [...rows.filter((r) => r.countryCode === countryCode), ...rows.filter((r) => r.countryCode !== countryCode)]
    : rows;
}
