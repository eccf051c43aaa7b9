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
  const [found] = await possibleDuplicatesOfMany(client, [{ name, countryCode }]);
  return found ?? [];
}

/** The close people of each name, in one query for all of them (an import checks thousands of rows at once). */
export async function possibleDuplicatesOfMany(
  client: Pick<Prisma.TransactionClient, "$queryRaw">,
  wanted: { name: string; countryCode?: string }[],
): Promise<PossibleDuplicate[][]> {
  const keys = wanted.map((w) => nameKey(w.name.slice(0, 200)));
  const found: PossibleDuplicate[][] = wanted.map(() => []);
  const asked = keys.flatMap((key, i) => (key.length < 3 ? [] : [{ key, i }]));
  if (asked.length === 0) return found;
  const rows = await client.$queryRaw<(PossibleDuplicate & { i: number })[]>`
    WITH wanted AS (
      SELECT * FROM unnest(${asked.map((a) => a.key)}::text[], ${asked.map((a) => a.i)}::int[]) AS w(key, i)
    ), names AS (
      SELECT id AS person_id, search_name FROM person
      UNION ALL
      SELECT person_id, search_name FROM person_alias
    ), close AS (
      SELECT w.i, n.person_id, max(similarity(w.key, n.search_name)) AS score
      FROM wanted w JOIN names n ON w.key % n.search_name OR w.key <% n.search_name OR n.search_name <% w.key
      GROUP BY w.i, n.person_id
    ), ranked AS (
      SELECT close.*, row_number() OVER (PARTITION BY close.i ORDER BY close.score DESC, p.full_name) AS place,
             p.full_name
      FROM close JOIN person p ON p.id = close.person_id
    )
    SELECT r.i, r.person_id AS "personId", r.full_name AS "fullName", c.id AS "caseId",
           c.country_code AS "countryCode", c.status::text AS status, r.score::float8 AS score
    FROM ranked r
    LEFT JOIN LATERAL (SELECT id, country_code, status FROM "case" WHERE person_id = r.person_id AND deleted_at IS NULL ORDER BY created_at LIMIT 1) c ON true
    WHERE r.place <= 10
    ORDER BY r.i, r.place`;
  for (const { i, ...row } of rows) found[i]!.push(row);
  // Same-country matches first: the likeliest duplicates.
  return found.map((list, i) => {
    const countryCode = wanted[i]!.countryCode;
    return countryCode
      ? [...list.filter((r) => r.countryCode === countryCode), ...list.filter((r) => r.countryCode !== countryCode)]
      : list;
  });
}
