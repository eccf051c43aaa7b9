// The place each of a page of published cases is held in now, for lists that show one line per case (the API's
// case list): one index read per case, so a list costs what its page costs.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedSql } from "@/lib/cases/published";
import { currentPlaceJoin } from "./place-cases-sql";

export type CurrentPlaceName = { slug: string; name: string };

export async function currentPlacesOf(caseIds: readonly string[]): Promise<Map<string, CurrentPlaceName>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; slug: string; name: string }[]>`
    SELECT c.id, cur.slug, cur.name FROM "case" c ${currentPlaceJoin(Prisma.sql`c`)}
    WHERE c.id IN (${Prisma.join(caseIds)}) AND ${publishedSql(Prisma.sql`c`)} AND cur.slug IS NOT NULL`;
  return new Map(rows.map((r) => [r.id, { slug: r.slug, name: r.name }]));
}
