// Everything a country briefing says, from published records only, as of a chosen date. Every format
// (web page, PDF, DOCX, Markdown) is drawn from this one function, so they cannot disagree.
import "server-only";
import { db } from "@/lib/db";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { eventsAsOf } from "@/lib/exports/as-of";
import { detentionSpan, DETENTION_STATUSES, summariseDetention, type Span } from "@/lib/exports/detention-time";
import { displayName } from "@/lib/format/display-name";
import { env } from "@/lib/env";
import { PUBLIC_DEMAND, publicCitationSelect, type PublicCitation } from "@/lib/server/public/public-selects";
import type { TBriefingOptions } from "@/lib/validations/briefing";

export type BriefingSource = { number: number; id: string; title: string; publisher: string | null; publishedDate: Date | null; publishedPrecision: DatePrecision };

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

// A briefing numbers its sources and lists them; it quotes nothing, so it reads only each citation's source.
const citations = { select: { source: publicCitationSelect.source } } as const;
type BriefingCitation = { source: PublicCitation["source"] };

/** How many cases a briefing lists unless asked otherwise; ZBriefingOptionsSchema allows up to 10,000. */
export const BRIEFING_CASE_LIMIT = 1000;

type LightEvent = { caseId: string; toStatus: CaseStatus; date: Date | null; datePrecision: DatePrecision; sequence: number; createdAt: Date; note: string | null };

/**
 * Every published case of the country with only what the summary needs (its status events and arrest date),
 * in name order: two flat queries, however many cases there are. Full details are read afterwards only for
 * the cases the briefing lists.
 */
async function readCaseStatuses(code: string) {
  const [cases, events] = await Promise.all([
    db.$queryRaw<{ id: string; arrestDate: Date | null; arrestPrecision: DatePrecision }[]>`
      SELECT c.id, c.arrest_date AS "arrestDate", c.arrest_precision::text AS "arrestPrecision" FROM "case" c
      WHERE c.country_code = ${code} AND c.visibility = 'PUBLISHED' AND c.deleted_at IS NULL ORDER BY c.sort_name, c.id`,
    db.$queryRaw<LightEvent[]>`
      SELECT e.case_id AS "caseId", e.to_status::text AS "toStatus", e.date, e.date_precision::text AS "datePrecision", e.sequence,
             e.created_at AS "createdAt", e.note
      FROM status_event e JOIN "case" c ON c.id = e.case_id
      WHERE c.country_code = ${code} AND c.visibility = 'PUBLISHED' AND c.deleted_at IS NULL`,
  ]);
  const byCase = new Map<string, LightEvent[]>();
  for (const e of events) (byCase.get(e.caseId) ?? byCase.set(e.caseId, []).get(e.caseId)!).push(e);
  return cases.map((c) => ({ ...c, statusEvents: byCase.get(c.id) ?? [] }));
}

export async function getCountryBriefing(options: TBriefingOptions) {
  const asOf = options.asOf ?? new Date();
  const limit = options.limit ?? BRIEFING_CASE_LIMIT;
  const country = await db.country.findUnique({ where: { code: options.code }, select: { code: true, name: true } });
  if (!country) return null;
  const [rows, laws, demands] = await Promise.all([
    readCaseStatuses(country.code),
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

  // Every case counts in the summary; only the first `limit` of them are listed.
  const matching: { id: string; status: CaseStatus; since: BriefingCase["since"]; note: string | null; detention: Span | null }[] = [];
  for (const row of rows) {
    const known = eventsAsOf(row.statusEvents, asOf);
    const latest = known.at(-1);
    if (!latest) continue;
    if (options.status?.length && !options.status.includes(latest.toStatus)) continue;
    const since = { date: latest.date, precision: latest.datePrecision };
    matching.push({
      id: row.id,
      status: latest.toStatus,
      since,
      note: latest.note,
      detention: detentionSpan({ status: latest.toStatus, arrestDate: row.arrestDate, arrestPrecision: row.arrestPrecision, statusSince: since.date, statusSincePrecision: since.precision }, asOf),
    });
  }
  const byStatus = new Map<CaseStatus, number>();
  for (const c of matching) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
  const detention = summariseDetention(matching.map((c) => c.detention), matching.filter((c) => DETENTION_STATUSES.has(c.status)).length);

  const listed = matching.slice(0, limit);
  // The longest detention is named in the summary even when that case is beyond the listed ones.
  const longest = detention.longest ? matching[detention.longest.index]! : null;
  const detailIds = [...new Set([...listed.map((c) => c.id), ...(longest ? [longest.id] : [])])];
  const details = new Map(
    (await db.case.findMany({
      where: { id: { in: detailIds } },
      select: {
        id: true,
        sentence: true,
        facility: true,
        citations,
        person: { select: { slug: true, fullName: true, isUnnamed: true, roles: true, biography: true, citations, aliases: { select: { name: true, script: true } } } },
        charges: { select: { charge: { select: { description: true, article: true, citations } } } },
        statusEvents: { select: { date: true, sequence: true, createdAt: true, citations } },
      },
    })).map((d) => [d.id, d]),
  );

  const sources = new Map<string, BriefingSource>();
  const number = (list: BriefingCitation[]) =>
    [...new Set(list.map((c) => {
      if (!sources.has(c.source.id)) sources.set(c.source.id, { number: sources.size + 1, ...c.source });
      return sources.get(c.source.id)!.number;
    }))];

  // `listed`: whether its sources join the numbered list (a case only named in the summary cites nothing there).
  const toBriefingCase = (c: (typeof matching)[number], listed = true): BriefingCase => {
    const row = details.get(c.id)!;
    const { name, sourceName } = displayName(row.person.fullName, row.person.aliases, options.locale);
    return {
      slug: row.person.slug,
      name,
      sourceName,
      isUnnamed: row.person.isUnnamed,
      roles: row.person.roles,
      status: c.status,
      since: c.since,
      charges: row.charges.map(({ charge }) => (charge.article ? `${charge.description} (${charge.article})` : charge.description)),
      sentence: row.sentence,
      facility: row.facility,
      biography: row.person.biography,
      note: c.note,
      detention: c.detention,
      sources: !listed ? [] : number([...row.person.citations, ...row.citations, ...row.charges.flatMap((x) => x.charge.citations), ...eventsAsOf(row.statusEvents, asOf).flatMap((e) => e.citations)]),
    };
  };
  const cases = listed.map((c) => toBriefingCase(c));
  const listedIds = new Set(listed.map((c) => c.id));
  const longestCase = longest ? (listedIds.has(longest.id) ? cases[detention.longest!.index]! : toBriefingCase(longest, false)) : null;
  const fullList = `${env().SITE_URL}/api/exports/cases?country=${country.code}&locale=${options.locale}`;

  return {
    country,
    asOf,
    locale: options.locale,
    statusFilter: options.status ?? [],
    /** The most cases listed; `summary.total` counts them all, and `fullList` has every one of them. */
    limit,
    fullList: { csv: `${fullList}&format=csv`, json: `${fullList}&format=json` },
    summary: {
      total: matching.length,
      byStatus: [...byStatus].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count),
      detention,
      /** The case of `detention.longest`, listed or not. */
      longestCase,
    },
    laws: laws.map((l) => ({ name: l.name, description: l.description, status: l.status, demands: l.demands, sources: number(l.citations) })),
    demands: demands.map((d) => ({ kind: d.kind, description: d.description, targetAuthority: d.targetAuthority, status: d.status, sources: number(d.citations) })),
    cases,
    sources: [...sources.values()].sort((a, b) => a.number - b.number),
  };
}

export type CountryBriefing = NonNullable<Awaited<ReturnType<typeof getCountryBriefing>>>;
