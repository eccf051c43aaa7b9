// A public source and its public claims, a page at a time. A source that nothing public cites is not found.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { NameScript } from "@/lib/generated/prisma/enums";
import { claimJoinsSql, publicCitationSql } from "./public-citation-sql";
import { publicSourceSelect } from "./public-selects";

/** Claims listed per page; further pages follow the citation id (`after`), so any page is an index range read. */
export const SOURCE_PAGE_CLAIMS = 50;

type PersonLink = { slug: string; fullName: string; aliases: { name: string; script: NameScript }[] };

/** One claim on the source, with the record it supports: the person (through whichever of their records it
 *  cites), or else the law, place, demand or charge. */
export type SourceCitation = {
  id: string;
  sourceId: string;
  quote: string;
  claim: string;
  locator: string | null;
  quotedSource: { id: string; title: string } | null;
  person: PersonLink | null;
  law: { name: string; country: { code: string; name: string } } | null;
  place: { slug: string; name: string } | null;
  demand: { description: string; targetAuthority: string } | null;
  charge: { description: string } | null;
};

/**
 * The next `n` citations, in id order after `after`, that cite or quote the source (a range read of
 * citation_source_id_id_idx and citation_quoted_source_id_id_idx), and of those the public ones with their
 * records, in one statement: `candidates` counts every citation read, public or not, so the caller knows
 * whether the range went on. PUBLIC_CITATION's SQL form is applied to that batch alone.
 */
async function readBatch(id: string, after: string | null, n: number) {
  const past = after === null ? Prisma.empty : Prisma.sql`AND id > ${after}`;
  const rows = await db.$queryRaw<(SourceCitation & { last: string; candidates: number })[]>`
    WITH batch AS (
      (SELECT id FROM citation WHERE source_id = ${id} ${past} ORDER BY id LIMIT ${n})
      UNION
      (SELECT id FROM citation WHERE quoted_source_id = ${id} ${past} ORDER BY id LIMIT ${n})
      ORDER BY id LIMIT ${n}
    ), span AS (SELECT max(id) AS last, count(*)::int AS candidates FROM batch),
    claims AS (
      SELECT ci.id, ci.source_id, ci.quote, ci.claim, ci.locator, ci.quoted_source_id, ci.law_id, ci.place_id,
        ci.charge_id, coalesce(ci.person_id, ci_case.person_id) AS person_id,
        ci_demand.description AS demand_description, ci_demand.target_authority
      FROM batch JOIN citation ci ON ci.id = batch.id ${claimJoinsSql("ci")}
      WHERE ${publicCitationSql("ci")})
    SELECT ci.id, ci.source_id AS "sourceId", ci.quote, ci.claim, ci.locator, span.last, span.candidates,
      CASE WHEN qs.id IS NULL THEN NULL ELSE json_build_object('id', qs.id, 'title', qs.title) END AS "quotedSource",
      -- The aliases in name order, as the person page lists them, so both show a reader the same name.
      CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('slug', p.slug, 'fullName', p.full_name,
        'aliases', (SELECT coalesce(json_agg(json_build_object('name', a.name, 'script', a.script) ORDER BY a.name),
                                    '[]') FROM person_alias a WHERE a.person_id = p.id)) END AS person,
      CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('name', l.name,
        'country', json_build_object('code', lc.code, 'name', lc.name)) END AS law,
      CASE WHEN pl.id IS NULL THEN NULL ELSE json_build_object('slug', pl.slug, 'name', pl.name) END AS place,
      CASE WHEN ci.target_authority IS NULL THEN NULL ELSE json_build_object('description', ci.demand_description,
        'targetAuthority', ci.target_authority) END AS demand,
      CASE WHEN ch.id IS NULL THEN NULL ELSE json_build_object('description', ch.description) END AS charge
    FROM span
    LEFT JOIN claims ci ON true
    LEFT JOIN source qs ON qs.id = ci.quoted_source_id
    LEFT JOIN person p ON p.id = ci.person_id
    LEFT JOIN law l ON l.id = ci.law_id
    LEFT JOIN country lc ON lc.code = l.country_code
    LEFT JOIN place pl ON pl.id = ci.place_id
    LEFT JOIN charge ch ON ch.id = ci.charge_id
    ORDER BY ci.id NULLS LAST`;
  const first = rows[0];
  return {
    claims: rows.filter((r) => r.id !== null).map(({ last: _last, candidates: _n, ...claim }) => claim),
    last: first?.last ?? null,
    candidates: first?.candidates ?? 0,
  };
}

/**
 * Up to `want` public claims on the source after `after`, in id order, a batch of candidates at a time: a batch
 * of non-public citations (drafts' claims) just moves on to the next.
 */
async function readPublicClaims(id: string, after: string | null, want: number): Promise<SourceCitation[]> {
  const found: SourceCitation[] = [];
  const batch = want + 1;
  let cursor = after;
  for (;;) {
    const { claims, last, candidates } = await readBatch(id, cursor, batch);
    found.push(...claims);
    if (found.length >= want || candidates < batch || last === null) return found.slice(0, want);
    cursor = last;
  }
}

export async function getSourcePage(id: string, after: string | null = null) {
  // One more than a page, so "is there more" costs nothing (a count of every claim would not) and the next
  // page starts after the last id shown.
  const claims = await readPublicClaims(id, after, SOURCE_PAGE_CLAIMS + 1);
  // PUBLIC_SOURCE is "a public citation cites or quotes it": exactly a non-empty stream of public claims from the
  // start. A later page that is empty asks for the first claim alone.
  const isPublic = claims.length > 0 || (after !== null && (await readPublicClaims(id, null, 1)).length > 0);
  if (!isPublic) return null;
  const source = await db.source.findUnique({
    where: { id },
    select: {
      ...publicSourceSelect,
      archiveNote: true,
      organisations: {
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { name: true, acronym: true } } },
      },
    },
  });
  if (!source) return null;
  const shown = claims.slice(0, SOURCE_PAGE_CLAIMS);
  const more = claims.length > SOURCE_PAGE_CLAIMS;
  return {
    source,
    citations: shown.filter((c) => c.sourceId === id),
    quotedIn: shown.filter((c) => c.sourceId !== id),
    after,
    /** The cursor of the next page, or null on the last one (where the headings' counts are then exact). */
    nextAfter: more ? shown.at(-1)!.id : null,
  };
}

export type SourcePage = NonNullable<Awaited<ReturnType<typeof getSourcePage>>>;
