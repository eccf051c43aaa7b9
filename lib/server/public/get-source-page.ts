// A public source and every public claim that cites it. A source that nothing public cites is not found.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_CITATION, PUBLIC_SOURCE } from "./public-selects";

const personLink = { select: { slug: true, fullName: true, aliases: { select: { name: true, script: true } } } } as const;

export async function getSourcePage(id: string) {
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
  const [citations, quotedIn] = await Promise.all([
    db.citation.findMany({ where: { sourceId: id, ...PUBLIC_CITATION }, orderBy: { id: "asc" }, select: citationSelect }),
    db.citation.findMany({ where: { quotedSourceId: id, ...PUBLIC_CITATION }, orderBy: { id: "asc" }, select: citationSelect }),
  ]);
  return { source, citations, quotedIn };
}

export type SourcePage = NonNullable<Awaited<ReturnType<typeof getSourcePage>>>;
export type SourceCitation = SourcePage["citations"][number];
