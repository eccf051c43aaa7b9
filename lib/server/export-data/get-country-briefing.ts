// Everything a country briefing says, from published records only, as of a chosen date. Every format
// (web page, PDF, DOCX, Markdown) is drawn from this one function, so they cannot disagree.
import "server-only";
import { db } from "@/lib/db/client";
import { currentStay } from "@/lib/places/current-stay";
import type { CaseStatus, DatePrecision } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/format/display-name";
import { env } from "@/lib/env";
import { asOfDay, statusesAsOf, type PartialDateValue, type StatusAsOf } from "@/lib/status-time/as-of";
import { detentionSpan, type Span } from "@/lib/status-time/days-in-status";
import { detentionRunsAsOf } from "@/lib/status-time/detention-runs";
import { briefingSummary, listedCaseIds } from "./briefing-summary";
import { readOrganisationLogo, readOrganisationTexts } from "@/lib/server/internal/organisation-settings";
import { PUBLIC_DEMAND, publicCitationSelect, type PublicCitation } from "@/lib/server/public/public-selects";
import type { TBriefingOptions } from "@/lib/validations/briefing";

export type BriefingSource = {
  number: number;
  id: string;
  title: string;
  publisher: string | null;
  publishedDate: Date | null;
  publishedPrecision: DatePrecision;
  url: string | null;
};

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

/** How many cases a briefing lists unless asked otherwise; ZBriefingOptionsSchema allows up to 10,000. */
export const BRIEFING_CASE_LIMIT = 1000;

export async function getCountryBriefing(options: TBriefingOptions) {
  const asOf = options.asOf ?? new Date();
  const limit = options.limit ?? BRIEFING_CASE_LIMIT;
  const country = await db.country.findUnique({ where: { code: options.code }, select: { code: true, name: true } });
  if (!country) return null;
  const day = asOfDay(options.asOf);
  // The summary counts every case in SQL; only the listed cases (and the one the summary names) are read here,
  // their statuses and histories included.
  const [summary, listedIds, laws, demands, organisation, logo] = await Promise.all([
    briefingSummary(country.code, day, options.status),
    listedCaseIds(country.code, day, options.status, limit),
    db.law.findMany({
      where: { countryCode: country.code },
      orderBy: { name: "asc" },
      select: {
        name: true,
        description: true,
        status: true,
        citations,
        demands: {
          where: PUBLIC_DEMAND,
          select: { kind: true, description: true, targetAuthority: true, status: true },
        },
      },
    }),
    db.demand.findMany({
      where: { countryCode: country.code, caseId: null, lawId: null },
      orderBy: { id: "asc" },
      select: { kind: true, description: true, targetAuthority: true, status: true, citations },
    }),
    // Who hands the briefing over: the organisation settings, public by design (README, Editors).
    readOrganisationTexts(db),
    readOrganisationLogo(db),
  ]);

  const present = day === null;
  const spanEnd = present ? undefined : asOf;
  const detailIds = [...new Set([...listedIds, ...(summary.longestId ? [summary.longestId] : [])])];
  const [held, runs, detailRows] = await Promise.all([
    // The as-of rule (lib/status-time/as-of.ts) decides each listed person's status on the date.
    statusesAsOf(detailIds, options.asOf),
    // What each listed detention is counted from, by the rule the summary's SQL follows (detention-span-sql.ts).
    detentionRunsAsOf({ caseIds: detailIds }, options.asOf),
    db.case.findMany({
      where: { id: { in: detailIds } },
      select: {
        id: true,
        sentence: true,
        facility: true,
        status: true,
        // The newest stay: where the person is held now, while detained (lib/places/current-stay.ts).
        stays: {
          orderBy: { sequence: "desc" },
          take: 1,
          select: { place: { select: { name: true, region: true } }, citations },
        },
        citations,
        person: {
          select: {
            slug: true,
            fullName: true,
            isUnnamed: true,
            roles: true,
            biography: true,
            citations,
            aliases: { select: { name: true, script: true } },
          },
        },
        charges: { select: { charge: { select: { description: true, article: true, citations } } } },
        statusEvents: { orderBy: { sequence: "asc" }, select: { id: true, note: true, sequence: true, citations } },
      },
    }),
  ]);
  const details = new Map(detailRows.map((d) => [d.id, d]));
  const withStatus = (id: string): { id: string; status: StatusAsOf | null; detention: Span | null } => {
    const status = held.get(id) ?? null;
    return {
      id,
      status,
      detention: status && runs.has(id) ? detentionSpan(runs.get(id)!, spanEnd) : null,
    };
  };
  const listed = listedIds.map(withStatus);

  const sources = new Map<string, BriefingSource>();
  const number = (list: BriefingCitation[]) => [
    ...new Set(
      list.map((c) => {
        if (!sources.has(c.source.id)) sources.set(c.source.id, { number: sources.size + 1, ...c.source });
        return sources.get(c.source.id)!.number;
      }),
    ),
  ];

  // `listed`: whether its sources join the numbered list (a case only named in the summary cites nothing there).
  const toBriefingCase = (c: ReturnType<typeof withStatus>, listed = true): BriefingCase => {
    const row = details.get(c.id)!;
    const status = c.status;
    const heldEvent = row.statusEvents.find((e) => e.id === status?.statusEventId);
    const known = heldEvent ? row.statusEvents.filter((e) => e.sequence <= heldEvent.sequence) : [];
    const { name, sourceName } = displayName(row.person.fullName, row.person.aliases, options.locale);
    // Held now: only a briefing for today names the current place; one as of a past date keeps the source's words.
    const stay = present ? currentStay(row.status, row.stays) : null;
    return {
      slug: row.person.slug,
      name,
      sourceName,
      isUnnamed: row.person.isUnnamed,
      roles: row.person.roles,
      status: status?.status ?? null,
      since: status?.since ?? { date: null, precision: "UNKNOWN" as const },
      reported: status?.report ? { date: status.report.date, precision: status.report.precision } : null,
      charges: row.charges.map(({ charge }) =>
        charge.article ? `${charge.description} (${charge.article})` : charge.description,
      ),
      sentence: row.sentence,
      facility: stay ? [stay.place.name, stay.place.region].filter(Boolean).join(", ") : row.facility,
      biography: row.person.biography,
      note: heldEvent?.note ?? null,
      detention: c.detention,
      sources: !listed
        ? []
        : number([
            ...row.person.citations,
            ...row.citations,
            ...row.charges.flatMap((x) => x.charge.citations),
            ...known.flatMap((e) => e.citations),
            ...(stay?.citations ?? []),
          ]),
    };
  };
  const cases = listed.map((c) => toBriefingCase(c));
  // The longest detention is named in the summary even when that case is beyond the listed ones.
  const longestIndex = listedIds.indexOf(summary.longestId ?? "");
  const longestCase = summary.longestId
    ? longestIndex >= 0
      ? cases[longestIndex]!
      : toBriefingCase(withStatus(summary.longestId), false)
    : null;
  const fullList = `${env().SITE_URL}/api/exports/cases?country=${country.code}&locale=${options.locale}`;

  return {
    country,
    asOf,
    /** True when the briefing is for today: then every recorded status counts, dated or not. */
    present,
    locale: options.locale,
    statusFilter: options.status ?? [],
    /** The most cases listed; `summary.total` counts them all, and `fullList` has every one of them. */
    limit,
    fullList: { csv: `${fullList}&format=csv`, json: `${fullList}&format=json` },
    summary: {
      total: summary.total,
      /** People in the country whose status on the date is not known (listed only when no status is chosen). */
      notKnown: summary.notKnown,
      byStatus: summary.byStatus,
      detention: summary.detention,
      /** The case of `detention.longest`, listed or not. */
      longestCase,
      asks: summary.asks,
    },
    organisation: {
      ...organisation,
      logo: logo ? { type: logo.type, sha256: logo.sha256, bytes: Buffer.from(logo.base64, "base64") } : null,
    },
    laws: laws.map((l) => ({
      name: l.name,
      description: l.description,
      status: l.status,
      demands: l.demands,
      sources: number(l.citations),
    })),
    demands: demands.map((d) => ({
      kind: d.kind,
      description: d.description,
      targetAuthority: d.targetAuthority,
      status: d.status,
      sources: number(d.citations),
    })),
    cases,
    sources: [...sources.values()].sort((a, b) => a.number - b.number),
  };
}

export type CountryBriefing = NonNullable<Awaited<ReturnType<typeof getCountryBriefing>>>;
