// A public source and its public claims, a page at a time. A source that nothing public cites is not found.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_CITATION, publicSourceSelect } from "./public-selects";

const personLink = {
  select: { slug: true, fullName: true, aliases: { select: { name: true, script: true } } },
} as const;

/** Claims listed per page; further pages follow the citation id (`after`), so any page is an index range read. */
export const SOURCE_PAGE_CLAIMS = 50;

const citationSelect = {
  id: true,
  sourceId: true,
  quote: true,
  claim: true,
  locator: true,
  source: { select: { id: true, title: true } },
  quotedSource: { select: { id: true, title: true } },
  person: personLink,
  case: { select: { person: personLink } },
  statusEvent: { select: { case: { select: { person: personLink } } } },
  charge: { select: { description: true } },
  demand: { select: { description: true, targetAuthority: true, case: { select: { person: personLink } } } },
  law: { select: { name: true, country: { select: { code: true, name: true } } } },
  caseFact: { select: { case: { select: { person: personLink } } } },
  place: { select: { slug: true, name: true } },
  placeStay: { select: { case: { select: { person: personLink } } } },
} satisfies Prisma.CitationSelect;

/** The next ids, in order, of the citations that cite or quote the source: a range read of
 *  citation_source_id_id_idx and citation_quoted_source_id_id_idx, public or not. */
async function nextCandidates(id: string, after: string | null, n: number): Promise<string[]> {
  const past = after === null ? Prisma.empty : Prisma.sql`AND id > ${after}`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    (SELECT id FROM citation WHERE source_id = ${id} ${past} ORDER BY id LIMIT ${n})
    UNION
    (SELECT id FROM citation WHERE quoted_source_id = ${id} ${past} ORDER BY id LIMIT ${n})
    ORDER BY id LIMIT ${n}`;
  return rows.map((r) => r.id);
}

/**
 * Up to `want` public claims on the source after `after`, in id order. The index gives the candidates a batch
 * at a time, and PUBLIC_CITATION, the one definition of "public", is applied to that batch alone: Prisma's form
 * of the rule joins every table it names, so over all of a source's citations it hashed every case (0.7 s for
 * a source cited by 100,000 claims). A batch of non-public citations (drafts' claims) just moves on to the next.
 */
async function readPublicClaims(id: string, after: string | null, want: number) {
  const found: Prisma.CitationGetPayload<{ select: typeof citationSelect }>[] = [];
  const batch = want + 1;
  let cursor = after;
  for (;;) {
    const candidates = await nextCandidates(id, cursor, batch);
    if (candidates.length === 0) return found;
    found.push(
      ...(await db.citation.findMany({
        where: { AND: [{ id: { in: candidates } }, PUBLIC_CITATION] },
        orderBy: { id: "asc" },
        select: citationSelect,
      })),
    );
    if (found.length >= want || candidates.length < batch) return found.slice(0, want);
    cursor = candidates.at(-1)!;
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
export type SourceCitation = SourcePage["citations"][number];
