// The API's countries, sources, demands and laws, from public records only.
import "server-only";
import { decodeCursor, encodeCursor } from "@/lib/http/respond";
import { db } from "@/lib/db/client";
import { PUBLIC_DEMAND, publicCitationSelect } from "@/lib/server/public/public-selects";
import { citation, partialDate } from "./map";
import { countPublicSources, listCountries, listPublicSources } from "@/lib/server/public/cached";

type Page = { limit: number; cursor?: string };

function paged<T>(rows: T[], total: number, offset: number) {
  return { data: rows, total, nextCursor: offset + rows.length < total ? encodeCursor(offset + rows.length) : null };
}

export async function apiCountries() {
  const countries = await listCountries();
  return {
    data: countries.map((c) => ({ code: c.code, name: c.name, publishedCases: c.caseCount, laws: c.lawCount })),
  };
}

export async function apiSources(page: Page) {
  const offset = decodeCursor(page.cursor);
  // Both from the public read cache: anonymous callers share one query per page and one count per change, and a
  // cursor past the end (the API takes offsets up to 10,000,000) costs no query at all. Pages hold at most 100.
  const total = await countPublicSources();
  const rows = offset < total ? await listPublicSources(offset, page.limit) : [];
  return paged(
    rows.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      authors: s.authors,
      published: partialDate(s.publishedDate, s.publishedPrecision),
      url: s.url,
      kind: s.kind,
    })),
    total,
    offset,
  );
}

/** Demands about no case, or about a published one. */
export async function apiDemands(page: Page & { country?: string }) {
  const offset = decodeCursor(page.cursor);
  const where = { ...PUBLIC_DEMAND, ...(page.country ? { countryCode: page.country.toUpperCase() } : {}) };
  const [rows, total] = await Promise.all([
    db.demand.findMany({
      where,
      orderBy: { id: "asc" },
      skip: offset,
      take: page.limit,
      select: {
        id: true,
        kind: true,
        description: true,
        targetAuthority: true,
        status: true,
        countryCode: true,
        lawId: true,
        case: { select: { person: { select: { slug: true } } } },
        citations: { select: publicCitationSelect },
      },
    }),
    db.demand.count({ where }),
  ]);
  return paged(
    rows.map((d) => ({
      id: d.id,
      kind: d.kind,
      description: d.description,
      targetAuthority: d.targetAuthority,
      status: d.status,
      caseSlug: d.case?.person.slug ?? null,
      countryCode: d.countryCode,
      lawId: d.lawId,
      citations: d.citations.map(citation),
    })),
    total,
    offset,
  );
}

export async function apiLaws(page: Page & { country?: string }) {
  const offset = decodeCursor(page.cursor);
  const where = page.country ? { countryCode: page.country.toUpperCase() } : {};
  const [rows, total] = await Promise.all([
    db.law.findMany({
      where,
      orderBy: { id: "asc" },
      skip: offset,
      take: page.limit,
      select: {
        id: true,
        countryCode: true,
        name: true,
        description: true,
        status: true,
        citations: { select: publicCitationSelect },
      },
    }),
    db.law.count({ where }),
  ]);
  return paged(
    rows.map((l) => ({ ...l, citations: l.citations.map(citation) })),
    total,
    offset,
  );
}
