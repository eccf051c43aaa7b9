// A normalised fingerprint of a country's published records, read straight from the tables (not through the
// export), without ids or timestamps: two databases holding the same published facts give the same fingerprint.
// `ignoreIdentifier` leaves out identifiers an import adds about itself (its provenance). Each stay carries its place
// as the public sees it (names, fields and citations), so a place that changed its details would show.
import type { Db } from "@/lib/db/create-client";

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;
const sorted = <T>(items: T[]) => items.map((x) => JSON.stringify(x)).sort();

const citationSelect = {
  quote: true,
  claim: true,
  locator: true,
  source: {
    select: {
      title: true,
      publisher: true,
      authors: true,
      publishedDate: true,
      publishedPrecision: true,
      url: true,
      kind: true,
    },
  },
  quotedSource: { select: { title: true } },
} as const;

type CitationRow = {
  quote: string;
  claim: string;
  locator: string | null;
  source: { publishedDate: Date | null } & Record<string, unknown>;
  quotedSource: { title: string } | null;
};

const cites = (rows: CitationRow[]) =>
  sorted(
    rows.map((c) => ({
      ...c,
      source: { ...c.source, publishedDate: day(c.source.publishedDate) },
      quotedSource: c.quotedSource?.title ?? null,
    })),
  );

export async function publishedFingerprint(
  db: Db,
  countryCode: string,
  ignoreIdentifier: (value: string) => boolean = () => false,
) {
  const citations = { select: citationSelect } as const;
  const cases = await db.case.findMany({
    where: { countryCode, visibility: "PUBLISHED", deletedAt: null },
    select: {
      status: true,
      statusSince: true,
      statusSincePrecision: true,
      arrestDate: true,
      arrestPrecision: true,
      convictionDate: true,
      convictionPrecision: true,
      releaseDate: true,
      releasePrecision: true,
      sentence: true,
      facility: true,
      summary: true,
      citations,
      person: {
        select: {
          fullName: true,
          isUnnamed: true,
          gender: true,
          birthYear: true,
          roles: true,
          biography: true,
          citations,
          aliases: { select: { name: true, script: true, kind: true, origin: true } },
          identifiers: { select: { scheme: true, value: true, url: true } },
        },
      },
      statusEvents: {
        orderBy: { sequence: "asc" },
        select: { fromStatus: true, toStatus: true, date: true, datePrecision: true, note: true, citations },
      },
      charges: { select: { charge: { select: { article: true, description: true, citations } } } },
      demands: { select: { kind: true, description: true, targetAuthority: true, status: true, citations } },
      facts: { orderBy: { sequence: "asc" }, select: { text: true, citations } },
      stays: {
        orderBy: { sequence: "asc" },
        select: {
          date: true,
          datePrecision: true,
          note: true,
          citations,
          place: {
            select: {
              name: true,
              kind: true,
              countryCode: true,
              region: true,
              addressLocal: true,
              addressLatin: true,
              letterRules: true,
              letterNeedsBirthYear: true,
              notes: true,
              names: { select: { name: true, script: true } },
              citations,
            },
          },
        },
      },
    },
  });
  return cases
    .map((c) => ({
      person: {
        ...c.person,
        roles: [...c.person.roles].sort(),
        citations: cites(c.person.citations),
        aliases: sorted(c.person.aliases),
        identifiers: sorted(c.person.identifiers.filter((i) => !ignoreIdentifier(i.value))),
      },
      status: c.status,
      dates: [
        [day(c.statusSince), c.statusSincePrecision],
        [day(c.arrestDate), c.arrestPrecision],
        [day(c.convictionDate), c.convictionPrecision],
        [day(c.releaseDate), c.releasePrecision],
      ],
      text: [c.sentence, c.facility, c.summary],
      citations: cites(c.citations),
      statusEvents: c.statusEvents.map((e) => ({ ...e, date: day(e.date), citations: cites(e.citations) })),
      charges: sorted(c.charges.map(({ charge }) => ({ ...charge, citations: cites(charge.citations) }))),
      demands: sorted(c.demands.map((d) => ({ ...d, citations: cites(d.citations) }))),
      facts: c.facts.map((f) => ({ text: f.text, citations: cites(f.citations) })),
      stays: c.stays.map((s) => ({
        ...s,
        date: day(s.date),
        citations: cites(s.citations),
        place: { ...s.place, names: sorted(s.place.names), citations: cites(s.place.citations) },
      })),
    }))
    .sort((a, b) => a.person.fullName.localeCompare(b.person.fullName));
}
