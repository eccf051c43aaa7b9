// Everything a country briefing says, from published records only, as of a chosen date. Every format
// (web page, PDF, DOCX, Markdown) is drawn from this one function, so they cannot disagree.
import "server-only";
import { db } from "@/lib/db";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { eventsAsOf } from "@/lib/exports/as-of";
import { detentionSpan, DETENTION_STATUSES, summariseDetention, type Span } from "@/lib/exports/detention-time";
import { displayName } from "@/lib/format/display-name";
import { PUBLISHED, publicCitationSelect, type PublicCitation } from "@/lib/server/public/public-selects";
import type { TBriefingOptions } from "@/lib/validations/briefing";

export type BriefingSource = { number: number; id: string; title: string; publisher: string | null; publishedDate: Date | null; publishedPrecision: DatePrecision; url: string | null };

export type BriefingCase = {
  slug: string;
  name: string;
  sourceName: string | null;
  isUnnamed: boolean;
  roles: string[];
  status: CaseStatus;
  since: { date: Date | null; precision: DatePrecision };
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
        arrestDate: true,
        arrestPrecision: true,
        sentence: true,
        facility: true,
        citations,
        person: { select: { slug: true, fullName: true, isUnnamed: true, roles: true, biography: true, citations, aliases: { select: { name: true, script: true } } } },
        charges: { select: { charge: { select: { description: true, article: true, citations } } } },
        statusEvents: { select: { toStatus: true, date: true, datePrecision: true, note: true, sequence: true, createdAt: true, citations } },
      },
    }),
    db.law.findMany({
      where: { countryCode: country.code },
      orderBy: { name: "asc" },
      select: { name: true, description: true, status: true, citations, demands: { select: { kind: true, description: true, targetAuthority: true, status: true } } },
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

  const cases: BriefingCase[] = [];
  for (const row of rows) {
    const known = eventsAsOf(row.statusEvents, asOf);
    const latest = known.at(-1);
    if (!latest) continue;
    if (options.status?.length && !options.status.includes(latest.toStatus)) continue;
    const { name, sourceName } = displayName(row.person.fullName, row.person.aliases, options.locale);
    const since = { date: latest.date, precision: latest.datePrecision };
    cases.push({
      slug: row.person.slug,
      name,
      sourceName,
      isUnnamed: row.person.isUnnamed,
      roles: row.person.roles,
      status: latest.toStatus,
      since,
      charges: row.charges.map(({ charge }) => (charge.article ? `${charge.description} (${charge.article})` : charge.description)),
      sentence: row.sentence,
      facility: row.facility,
      biography: row.person.biography,
      note: latest.note,
      detention: detentionSpan({ status: latest.toStatus, arrestDate: row.arrestDate, arrestPrecision: row.arrestPrecision, statusSince: since.date, statusSincePrecision: since.precision }, asOf),
      sources: number([...row.person.citations, ...row.citations, ...row.charges.flatMap((c) => c.charge.citations), ...known.flatMap((e) => e.citations)]),
    });
  }

  const byStatus = new Map<CaseStatus, number>();
  for (const c of cases) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);

  return {
    country,
    asOf,
    locale: options.locale,
    statusFilter: options.status ?? [],
    summary: {
      total: cases.length,
      byStatus: [...byStatus].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count),
      detention: summariseDetention(cases.map((c) => c.detention), cases.filter((c) => DETENTION_STATUSES.has(c.status)).length),
    },
    laws: laws.map((l) => ({ name: l.name, description: l.description, status: l.status, demands: l.demands, sources: number(l.citations) })),
    demands: demands.map((d) => ({ kind: d.kind, description: d.description, targetAuthority: d.targetAuthority, status: d.status, sources: number(d.citations) })),
    cases,
    sources: [...sources.values()].sort((a, b) => a.number - b.number),
  };
}

export type CountryBriefing = NonNullable<Awaited<ReturnType<typeof getCountryBriefing>>>;
