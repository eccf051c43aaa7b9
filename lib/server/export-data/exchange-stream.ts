// The exchange file of an instance's published cases (all, or one country's), as a stream of JSON text. It reads
// through the public definitions the case page and the API use: PUBLISHED cases, the case page's own select
// (personPageSelect, public columns and public citations only) and PUBLIC_SOURCE for the sources. A case's stays
// come with it, and the file carries each place those stays name once (places are public records, read with the
// place page's select); a place only hidden cases name is not in it. Cases are read in keyset batches, so memory
// holds one batch and the places and sources seen so far, however large the instance.
import "server-only";
import { PUBLISHED } from "@/lib/cases/published";
import { withholdStaysForExchange } from "@/lib/letters/withhold-postal-details";
import type { Db } from "@/lib/db/create-client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type TExchangeCase,
  type TExchangeCitation,
  type TExchangePlace,
  type TExchangeSource,
} from "@/lib/exchange/schema";
import { partialDate } from "@/lib/server/public-api/map";
import { personPageSelect } from "@/lib/server/public/get-person-page";
import { PUBLIC_SOURCE, publicSourceSelect, type PublicCitation } from "@/lib/server/public/public-selects";

const BATCH = 200;

export type ExchangeExportOptions = { country: string | null; siteUrl: string; now?: Date };

const date = (value: Date | null, precision: DatePrecision) => partialDate(value, precision);

function citation(c: PublicCitation) {
  return {
    source: c.source.id,
    quote: c.quote,
    claim: c.claim,
    locator: c.locator,
    quotedSource: c.quotedSource?.id ?? null,
  };
}

async function readBatch(db: Db, country: string | null, after: string | null) {
  const cases = await db.case.findMany({
    where: { ...PUBLISHED, ...(country ? { countryCode: country } : {}), ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: BATCH,
    select: { id: true, personId: true },
  });
  if (cases.length === 0) return { cases, people: [] };
  const people = await db.person.findMany({
    where: { id: { in: [...new Set(cases.map((c) => c.personId))] } },
    select: personPageSelect({ ...PUBLISHED, id: { in: cases.map((c) => c.id) } }),
  });
  return { cases, people };
}

type Person = Awaited<ReturnType<typeof readBatch>>["people"][number];
type Place = Person["cases"][number]["stays"][number]["place"];

function exchangePlace(p: Place): TExchangePlace {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    country: { code: p.country.code, name: p.country.name },
    region: p.region,
    addressLocal: p.addressLocal,
    addressLatin: p.addressLatin,
    letterRules: p.letterRules,
    letterNeedsBirthYear: p.letterNeedsBirthYear,
    notes: p.notes,
    names: p.names.map((n) => ({ name: n.name, script: n.script })),
    citations: p.citations.map(citation),
  };
}

function exchangeCase(person: Person, c: Person["cases"][number], siteUrl: string): TExchangeCase {
  return {
    url: `${siteUrl}/en/cases/${person.slug}`,
    person: {
      slug: person.slug,
      fullName: person.fullName,
      isUnnamed: person.isUnnamed,
      gender: person.gender,
      birthYear: person.birthYear,
      roles: person.roles,
      biography: person.biography,
      aliases: person.aliases.map((a) => ({ name: a.name, script: a.script, kind: a.kind, origin: a.origin })),
      identifiers: person.identifiers.map((i) => ({ scheme: i.scheme, value: i.value, url: i.url })),
      citations: person.citations.map(citation),
    },
    country: { code: c.country.code, name: c.country.name },
    status: c.status,
    statusSince: date(c.statusSince, c.statusSincePrecision),
    arrest: date(c.arrestDate, c.arrestPrecision),
    conviction: date(c.convictionDate, c.convictionPrecision),
    release: date(c.releaseDate, c.releasePrecision),
    sentence: c.sentence,
    facility: c.facility,
    summary: c.summary,
    citations: c.citations.map(citation),
    // The page lists the newest first; the file tells the history in the order it happened.
    statusEvents: [...c.statusEvents].reverse().map((e) => ({
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      since: date(e.date, e.datePrecision),
      note: e.note,
      citations: e.citations.map(citation),
    })),
    charges: c.charges.map(({ charge }) => ({
      article: charge.article,
      description: charge.description,
      citations: charge.citations.map(citation),
    })),
    demands: c.demands.map((d) => ({
      kind: d.kind,
      description: d.description,
      targetAuthority: d.targetAuthority,
      status: d.status,
      citations: d.citations.map(citation),
    })),
    facts: c.facts.map((f) => ({ text: f.text, citations: f.citations.map(citation) })),
    // Newest first on the page, as the current place comes first; oldest first in the file, like the history.
    stays: [...c.stays].reverse().map((stay) => ({
      place: stay.place.id,
      since: date(stay.date, stay.datePrecision),
      note: stay.note,
      citations: stay.citations.map(citation),
    })),
  };
}

const citedSourceIds = (citations: TExchangeCitation[]) =>
  citations.flatMap((c) => (c.quotedSource ? [c.source, c.quotedSource] : [c.source]));

function sourceIds(value: TExchangeCase): string[] {
  return citedSourceIds(
    [
      value.person.citations,
      value.citations,
      ...value.statusEvents.map((e) => e.citations),
      ...value.charges.map((x) => x.citations),
      ...value.demands.map((x) => x.citations),
      ...value.facts.map((x) => x.citations),
      ...value.stays.map((x) => x.citations),
    ].flat(),
  );
}

async function readSources(db: Db, ids: string[]): Promise<TExchangeSource[]> {
  if (ids.length === 0) return [];
  const rows = await db.source.findMany({
    where: { AND: [{ id: { in: ids } }, PUBLIC_SOURCE] },
    orderBy: { id: "asc" },
    select: publicSourceSelect,
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    authors: s.authors,
    published: date(s.publishedDate, s.publishedPrecision),
    url: s.url,
    kind: s.kind,
  }));
}

/** The file's text, piece by piece: the envelope, then one case at a time, then the places their stays name and the
 *  sources everything cites. */
export async function* exchangeChunks(db: Db, options: ExchangeExportOptions): AsyncGenerator<string> {
  const head = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    instance: options.siteUrl,
    exportedAt: (options.now ?? new Date()).toISOString(),
    country: options.country,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"cases":[`;
  const sources = new Map<string, TExchangeSource>();
  const places = new Map<string, TExchangePlace>();
  let after: string | null = null;
  let first = true;
  for (;;) {
    const { cases, people } = await readBatch(db, options.country, after);
    if (cases.length === 0) break;
    after = cases.at(-1)!.id;
    const personOf = new Map(people.flatMap((p) => p.cases.map((c) => [c.id, { person: p, c }] as const)));
    const newPlaces: TExchangePlace[] = [];
    const batch = cases.flatMap(({ id }) => {
      const found = personOf.get(id);
      if (!found) return [];
      const c = withholdStaysForExchange(found.c);
      for (const { place } of c.stays)
        if (!places.has(place.id)) {
          const value = exchangePlace(place);
          places.set(place.id, value);
          newPlaces.push(value);
        }
      return [exchangeCase(found.person, c, options.siteUrl)];
    });
    const cited = [...batch.flatMap(sourceIds), ...newPlaces.flatMap((p) => citedSourceIds(p.citations))];
    const wanted = [...new Set(cited)].filter((id) => !sources.has(id));
    for (const source of await readSources(db, wanted)) sources.set(source.id, source);
    for (const value of batch) {
      yield `${first ? "" : ","}${JSON.stringify(value)}`;
      first = false;
    }
    if (cases.length < BATCH) break;
  }
  yield `],"places":${JSON.stringify([...places.values()])},"sources":${JSON.stringify([...sources.values()])}}`;
}
