// The people with a published case, for the sitemap: their slugs only, in slug order, split into parts small
// enough for one sitemap file each. A part is a slug range, so reading one is an index range scan whatever the
// number of cases; finding where the parts start is one pass over the index, cached like every public read.
import "server-only";
import { LOCALES } from "@/i18n/routing";
import { publishedSql } from "@/lib/cases/published";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** A sitemap holds at most 50,000 URLs; each person is listed once per language, with room to spare. */
export const PEOPLE_PER_SITEMAP = Math.floor(45_000 / LOCALES.length);

const HAS_PUBLISHED_CASE = Prisma.sql`EXISTS (
  SELECT 1 FROM "case" c WHERE c.person_id = p.id AND ${publishedSql(Prisma.sql`c`)})`;

/** The first slug of each part, in order: part i runs from starts[i] up to starts[i + 1]. */
export async function listSitemapPartStarts(): Promise<string[]> {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM (
      SELECT p.slug, row_number() OVER (ORDER BY p.slug) AS n FROM person p WHERE ${HAS_PUBLISHED_CASE}
    ) numbered
    WHERE (n - 1) % ${PEOPLE_PER_SITEMAP} = 0
    ORDER BY slug`;
  return rows.map((row) => row.slug);
}

/** The slugs of one part: from `from`, before `before` (the next part's start) when there is one. */
export async function listSitemapPeople(from: string, before: string | null): Promise<string[]> {
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT p.slug FROM person p
    WHERE p.slug >= ${from} ${before === null ? Prisma.empty : Prisma.sql`AND p.slug < ${before}`}
      AND ${HAS_PUBLISHED_CASE}
    ORDER BY p.slug
    LIMIT ${PEOPLE_PER_SITEMAP}`;
  return rows.map((row) => row.slug);
}
