// Everything a country briefing says, from published records only, as of a chosen date. Every format
// (web page, PDF, DOCX, Markdown) is drawn from this one function, so they cannot disagree.
import "server-only";
import { db } from "@/lib/db";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/format/display-name";
import { asOfDay, statusesAsOf, type PartialDateValue } from "@/lib/status-time/as-of";
import { detentionSpan, DETENTION_STATUSES, summariseDetention, type Span } from "@/lib/status-time/days-in-status";
import { PUBLIC_DEMAND, PUBLISHED, publicCitationSelect, type PublicCitation } from "@/lib/server/public/public-selects";
import type { TBriefingOptions } from "@/lib/validations/briefing";

export type BriefingSource = { number: number; id: string; title: string; publisher: string | null; publishedDate: Date | null; publishedPrecision: DatePrecision; url: string | null };

export type BriefingCase = {
  slug: string;
  name: string;
  sourceName: string | null;
  isUnnamed: boolean;
  roles: string[];
  /** The status that holds on the briefing's date; null when it is not known on that date. */
  status: CaseStatus | null;
  since: PartialDateValue;
  /** When the start is not known: the latest source dated by then that reports the status. */
  reported: PartialDateValue | null;
  charges: string[];
  sentence: string | null;
  facility: string | null;
  biography: string | null;
  note: string | null;
  detention: Span | null;
  sources: number[];
};

// A briefing numbers its sources and lists them with their addresses; it quotes nothing, so it reads only
// each citation's source.
const citations = { select: { source: { select: { ...publicCitationSelect.source.select, url: true } } } } as const;
type BriefingCitation = { source: PublicCitation["source"] & { url: string | null } };

export async function getCountryBriefing(options: TBriefingOptions) {
  const asOf = options.asOf ?? new Date();
  const country = await db.country.findUnique({ where: { code: options.code }, select: { code: true, name: true } });
  if (!country) return null;
  const [rows, laws, demands] = await Promise.all([
    db.case.findMany({
      where: { ...PUBLISHED, countryCode: country.code },
      orderBy: { person: { fullName: "asc" } },
      select: {
        id: true,
        arrestDate: true,
        arrestPrecision: true,
        sentence: true,
        facility: true,
        citations,
        person: { select: { slug: true, fullName: true, isUnnamed: true, roles: true, biography: true, citations, aliases: { select: { name: true, script: true } } } },
        charges: { select: { charge: { select: { description: true, article: true, citations } } } },
        statusEvents: { orderBy: { sequence: "asc" }, select: { id: true, note: true, sequence: true, citations } },
      },
    }),
    db.law.findMany({
      where: { countryCode: country.code },
      orderBy: { name: "asc" },
      select: { name: true, description: true, status: true, citations, demands: { where: PUBLIC_DEMAND, select: { kind: true, description: true, targetAuthority: true, status: true } } },
    }),
    db.demand.findMany({
      where: { countryCode: country.code, caseId: null, lawId: null },
      orderBy: { id: "asc" },
      select: { kind: true, description: true, targetAuthority: true, status: true, citations },
    }),
  ]);

  const sources = new Map<string, BriefingSource>();
  const number = (list: BriefingCitation[]) =>
    [...new Set(list.map((c) => {
      if (!sources.has(c.source.id)) sources.set(c.source.id, { number: sources.size + 1, ...c.source });
      return sources.get(c.source.id)!.number;
    }))];

  const held = await statusesAsOf(rows.map((r) => r.id), options.asOf);
  const present = asOfDay(options.asOf) === null;
  const spanEnd = present ? undefined : asOf;
  const cases: BriefingCase[] = [];
  let notKnown = 0;
  for (const row of rows) {
    const status = held.get(row.id) ?? null;
    if (!status) notKnown++;
    // A person whose status on the date is not known is listed as such, unless the reader chose statuses.
    if (options.status?.length && (!status || !options.status.includes(status.status))) continue;
    const heldEvent = row.statusEvents.find((e) => e.id === status?.statusEventId);
    const known = heldEvent ? row.statusEvents.filter((e) => e.sequence <= heldEvent.sequence) : [];
    const { name, sourceName } = displayName(row.person.fullName, row.person.aliases, options.locale);
    const since = status?.since ?? { date: null, precision: "UNKNOWN" as const };
    cases.push({
      slug: row.person.slug,
      name,
      sourceName,
      isUnnamed: row.person.isUnnamed,
      roles: row.person.roles,
      status: status?.status ?? null,
      since,
      reported: status?.report ? { date: status.report.date, precision: status.report.precision } : null,
      charges: row.charges.map(({ charge }) => (charge.article ? `${charge.description} (${charge.article})` : charge.description)),
      sentence: row.sentence,
      facility: row.facility,
      biography: row.person.biography,
      note: heldEvent?.note ?? null,
      detention: status
        ? detentionSpan({ status: status.status, arrest: { date: row.arrestDate, precision: row.arrestPrecision }, since, lastReportedOn: status.lastReportedOn }, spanEnd)
        : null,
      sources: number([...row.person.citations, ...row.citations, ...row.charges.flatMap((c) => c.charge.citations), ...known.flatMap((e) => e.citations)]),
    });
  }

  const byStatus = new Map<CaseStatus, number>();
  for (const c of cases) if (c.status) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);

  return {
    country,
    asOf,
    /** True when the briefing is for today: then every recorded status counts, dated or not. */
    present,
    locale: options.locale,
    statusFilter: options.status ?? [],
    summary: {
      total: cases.length,
      /** People in the country whose status on the date is not known (listed only when no status is chosen). */
      notKnown,
      byStatus: [...byStatus].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count),
      detention: summariseDetention(cases.map((c) => c.detention), cases.filter((c) => c.status && DETENTION_STATUSES.has(c.status)).length),
    },
    laws: laws.map((l) => ({ name: l.name, description: l.description, status: l.status, demands: l.demands, sources: number(l.citations) })),
    demands: demands.map((d) => ({ kind: d.kind, description: d.description, targetAuthority: d.targetAuthority, status: d.status, sources: number(d.citations) })),
    cases,
    sources: [...sources.values()].sort((a, b) => a.number - b.number),
  };
}

export type CountryBriefing = NonNullable<Awaited<ReturnType<typeof getCountryBriefing>>>;
