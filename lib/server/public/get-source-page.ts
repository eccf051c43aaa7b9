// A public source and every public claim that cites it. A source that nothing public cites is not found.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_CITATION, PUBLIC_SOURCE } from "./public-selects";

const personLink = {
  select: { slug: true, fullName: true, aliases: { select: { name: true, script: true } } },
} as const;

/** Claims listed per page; further pages follow the citation id (`after`), so any page is an index range read. */
export const SOURCE_PAGE_CLAIMS = 50;

export async function getSourcePage(id: string, after: string | null = null) {
  const source = await db.source.findFirst({
    where: { id, ...PUBLIC_SOURCE },
    select: {
      id: true,
      title: true,
      publisher: true,
      authors: true,
      publishedDate: true,
      publishedPrecision: true,
      url: true,
      kind: true,
      archiveNote: true,
      organisations: {
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { name: true, acronym: true } } },
      },
    },
  });
  if (!source) return null;
  const citationSelect = {
    id: true,
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
  } satisfies Prisma.CitationSelect;
  // Both kinds of claim are read as one stream in id order, one more than a page, so "is there more" costs
  // nothing (a count of every claim would not) and the next page starts after the last id shown.
  const claims = await db.citation.findMany({
    // AND, not a spread: PUBLIC_CITATION is itself an OR, which a spread would silently replace.
    where: {
      AND: [
        { OR: [{ sourceId: id }, { quotedSourceId: id }] },
        PUBLIC_CITATION,
        ...(after ? [{ id: { gt: after } }] : []),
      ],
    },
    orderBy: { id: "asc" },
    take: SOURCE_PAGE_CLAIMS + 1,
    select: { ...citationSelect, sourceId: true },
  });
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
