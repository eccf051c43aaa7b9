// Turns the curated seed facts into table rows with stable ids, so that re-running the seed is a no-op.
import { createHash } from "node:crypto";
import { releaseDateOf } from "@/lib/cases/release-date";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";
import type { PartialDate, Quoted, SeedDemand, SeedPerson } from "./types";
import type { TSeedData } from "@/prisma/seed-data";

type Target =
  | { personId: string }
  | { caseId: string }
  | { statusEventId: string }
  | { chargeId: string }
  | { demandId: string }
  | { lawId: string }
  | { caseFactId: string }
  | Record<string, never>;

export type CitationRow = {
  id: string;
  sourceId: string;
  quotedSourceId: string | null;
  quote: string;
  claim: string;
  locator: string | null;
} & Partial<Record<"personId" | "caseId" | "statusEventId" | "chargeId" | "demandId" | "lawId" | "caseFactId", string>>;

export type DemandRow = {
  id: string;
  kind: SeedDemand["kind"];
  description: string;
  targetAuthority: string;
  status: "OPEN";
  caseId: string | null;
  countryCode: string | null;
  lawId: string | null;
};

const toDate = (d: PartialDate | null | undefined) => (d ? new Date(`${d.date}T00:00:00Z`) : null);
const precisionOf = (d: PartialDate | null | undefined): DatePrecision => d?.precision ?? "UNKNOWN";

export function buildSeedRows(data: TSeedData) {
  const citations: CitationRow[] = [];
  const demands: DemandRow[] = [];

  const cite = (target: Target, claim: string, q: Quoted) => {
    const sourceId = q.source ?? data.defaultSource;
    const key = JSON.stringify([target, claim, sourceId, q.quotedSource ?? null, q.quote]);
    citations.push({
      id: `cit-${createHash("sha256").update(key).digest("hex").slice(0, 24)}`,
      sourceId,
      quotedSourceId: q.quotedSource ?? null,
      quote: q.quote,
      claim,
      locator: q.locator ?? null,
      ...target,
    });
  };

  const addDemand = (id: string, d: SeedDemand, links: { caseId?: string; countryCode?: string; lawId?: string }) => {
    demands.push({
      id,
      kind: d.kind,
      description: d.description,
      targetAuthority: d.target,
      status: "OPEN",
      caseId: links.caseId ?? null,
      countryCode: links.countryCode ?? d.country ?? null,
      lawId: links.lawId ?? d.lawId ?? null,
    });
    cite({ demandId: id }, "demand", d.cite);
  };

  const people = data.people.map((p: SeedPerson) => {
    const personId = `person-${p.slug}`;
    for (const q of [p.rolesCite].flat()) cite({ personId }, "roles", q);
    for (const q of p.biography?.cites ?? []) cite({ personId }, "biography", q);
    return {
      id: personId,
      slug: p.slug,
      fullName: p.fullName,
      searchName: nameKey(p.fullName),
      isUnnamed: p.isUnnamed ?? false,
      roles: p.roles,
      biography: p.biography?.text ?? null,
    };
  });

  const aliases = data.people.flatMap((p) =>
    p.cyrillic
      ? [
          {
            id: `alias-${p.slug}-cyrillic`,
            personId: `person-${p.slug}`,
            name: p.cyrillic,
            searchName: nameKey(p.cyrillic),
            script: "CYRILLIC" as const,
            kind: "TRANSLITERATION" as const,
            origin: "EDITORIAL" as const,
          },
        ]
      : [],
  );

  const caseFacts: { id: string; caseId: string; text: string; sequence: number }[] = [];
  const charges: { id: string; countryCode: string; article: string | null; description: string }[] = [];
  const caseCharges: { caseId: string; chargeId: string }[] = [];
  const statusEvents: {
    id: string;
    caseId: string;
    fromStatus: CaseStatus | null;
    toStatus: CaseStatus;
    date: Date | null;
    datePrecision: DatePrecision;
    sequence: number;
    note: string;
  }[] = [];

  const cases = data.people.map((p) => {
    const caseId = `case-${p.slug}`;
    const c = p.case;
    // The current status cites the status event that set it; the case itself carries no status citation.
    cite({ caseId }, "country", c.countryCite);
    if (c.sentence) cite({ caseId }, "sentence", c.sentence.cite);
    for (const ch of c.charges ?? []) {
      if (!charges.some((existing) => existing.id === ch.id)) {
        charges.push({ id: ch.id, countryCode: c.country, article: ch.article, description: ch.description });
        cite({ chargeId: ch.id }, "charge", ch.cite);
      }
      caseCharges.push({ caseId, chargeId: ch.id });
    }
    const eventId = `event-${p.slug}-1`;
    statusEvents.push({
      id: eventId,
      caseId,
      fromStatus: null,
      toStatus: c.status,
      date: toDate(c.statusSince),
      datePrecision: precisionOf(c.statusSince),
      sequence: 1,
      note: c.statusNote,
    });
    cite({ statusEventId: eventId }, "status", c.statusCite);
    // The same rule as a status change: a dated release, pardon or acquittal is the release date, cited alike.
    const release = releaseDateOf(c.status, { date: toDate(c.statusSince), precision: precisionOf(c.statusSince) });
    if (release) cite({ caseId }, "releaseDate", c.statusCite);
    (c.facts ?? []).forEach((fact, i) => {
      const id = `fact-${p.slug}-${i + 1}`;
      caseFacts.push({ id, caseId, text: fact.text, sequence: i + 1 });
      cite({ caseFactId: id }, "fact", fact.cite);
    });
    c.demands.forEach((d, i) => addDemand(`demand-${p.slug}-${i + 1}`, d, { caseId, countryCode: c.country }));
    return {
      id: caseId,
      personId: `person-${p.slug}`,
      countryCode: c.country,
      status: c.status,
      statusSince: toDate(c.statusSince),
      statusSincePrecision: precisionOf(c.statusSince),
      releaseDate: release?.date ?? null,
      releasePrecision: release?.precision ?? ("UNKNOWN" as const),
      sentence: c.sentence?.text ?? null,
      visibility: "PUBLISHED" as const,
      // These facts are already public in the documents they come from.
      consentStatus: "NOT_NEEDED" as const,
    };
  });

  const laws = data.laws.map((law) => {
    cite({ lawId: law.id }, "law", law.cite);
    addDemand(`demand-${law.id}`, { ...law.demand, cite: law.cite }, { lawId: law.id, countryCode: law.country });
    return { id: law.id, countryCode: law.country, name: law.name, description: law.description, status: law.status };
  });

  data.countryDemands.forEach((d, i) => addDemand(`demand-${d.country}-${i + 1}`, d, {}));
  data.generalDemands.forEach((d, i) => addDemand(`demand-general-${i + 1}`, d, {}));
  for (const para of data.declarationParagraphs) cite({}, "quoted passage", para);

  const sources = data.sources.map((s) => ({
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    authors: s.authors,
    publishedDate: toDate(s.published),
    publishedPrecision: precisionOf(s.published),
    url: s.url,
    kind: s.kind,
    archiveNote: s.archiveNote,
    text: s.text ?? null,
  }));
  const organisations = data.organisations.map((o) => ({ id: `org-${o.slug}`, ...o }));
  const sourceOrganisations = data.sources.flatMap((s) =>
    s.organisations.map((o) => ({ sourceId: s.id, organisationId: `org-${o.slug}`, role: o.role })),
  );

  return {
    countries: [...data.countries],
    organisations,
    sources,
    sourceOrganisations,
    people,
    aliases,
    cases,
    charges,
    caseCharges,
    statusEvents,
    caseFacts,
    laws,
    demands,
    citations,
  };
}
