// Full-text search over the biographies of published people, for words that are not in anyone's name.
// websearch_to_tsquery accepts any text (quotes, operators, stray symbols) without a syntax error.
import "server-only";
import { db } from "@/lib/db/client";
import { publishedSql } from "@/lib/cases/published";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_SEARCH_LENGTH } from "./search-people";

export type BiographyMatch = { slug: string; fullName: string; excerpt: BiographyExcerpt };

/** The excerpt as alternating plain and matched runs, so the page can mark matches without raw HTML. */
export type BiographyExcerpt = { text: string; match: boolean }[];

const START = "\u0001";
const STOP = "\u0002";

function splitExcerpt(headline: string): BiographyExcerpt {
  return headline
    .split(START)
    .flatMap((part, i) => {
      if (i === 0) return [{ text: part, match: false }];
      const [matched = "", rest = ""] = part.split(STOP);
      return [
        { text: matched, match: true },
        { text: rest, match: false },
      ];
    })
    .filter((run) => run.text !== "");
}

export async function searchBiographies(query: string, limit = 20): Promise<BiographyMatch[]> {
  const text = query.slice(0, MAX_SEARCH_LENGTH).trim();
  if (text.length < 2) return [];
  const rows = await db.$queryRaw<{ slug: string; fullName: string; headline: string }[]>`
    SELECT p.slug, p.full_name AS "fullName",
           ts_headline('simple', p.biography, q, ${`StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=10`}) AS headline
    FROM person p, websearch_to_tsquery('simple', ${text}) q
    WHERE to_tsvector('simple', coalesce(p.biography, '')) @@ q
      AND EXISTS (SELECT 1 FROM "case" c WHERE c.person_id = p.id AND ${publishedSql(Prisma.sql`c`)})
    ORDER BY ts_rank(to_tsvector('simple', coalesce(p.biography, '')), q) DESC, p.full_name
    LIMIT ${limit}`;
  return rows.map(({ headline, ...row }) => ({ ...row, excerpt: splitExcerpt(headline) }));
}
