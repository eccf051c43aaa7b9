// The words of a briefing in one language, shared by every format.
import { countryName } from "@/lib/format/country-name";
import { formatPartialDate } from "@/lib/format/partial-date";
import type { Translator } from "@/lib/i18n/translator";
import type { BriefingCase, BriefingSource, CountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import type { Span } from "@/lib/status-time/days-in-status";

export function briefingText(b: CountryBriefing, t: Translator) {
  const locale = b.locale;
  const notKnown = t("Common.notKnown");
  const date = (d: Date | null, p: Parameters<typeof formatPartialDate>[1]) =>
    formatPartialDate(d, p, locale) ?? notKnown;
  const span = (s: Span) =>
    s.exact ? t("Common.exactDays", { count: s.days }) : t("Common.atLeastDays", { count: s.days });
  const status = (s: NonNullable<BriefingCase["status"]>) => t(`CaseStatus.${s}`);
  const statusCell = (c: BriefingCase) => (c.status ? status(c.status) : t("Briefing.statusNotKnownOnDate"));
  /** "Since" when the start is known, else the report that places the status on the date, else not known. */
  const sinceCell = (c: BriefingCase) => {
    const since = formatPartialDate(c.since.date, c.since.precision, locale);
    if (since) return since;
    const reported =
      c.status && c.reported ? formatPartialDate(c.reported.date, c.reported.precision, locale, "genitive") : null;
    return reported ? t("Briefing.asReportedOn", { date: reported }) : notKnown;
  };
  const roles = (c: BriefingCase) => c.roles.map((r) => t(`PersonRole.${r as "JOURNALIST"}`)).join(", ");
  const name = (c: BriefingCase) => (c.sourceName ? `${c.name} (${c.sourceName})` : c.name);
  /** Russian dates end in "г.", which must not get a second period from the sentence around them. */
  const statusSentence = (c: BriefingCase) => statusWords(c).replace(/\.\.$/, ".");
  const statusWords = (c: BriefingCase) => {
    if (!c.status) return t("Briefing.paragraphStatusNotKnownOnDate", { roles: roles(c) });
    // Both dates follow a preposition in Russian ("с", "от"), which takes the genitive.
    const since = formatPartialDate(c.since.date, c.since.precision, locale, "genitive");
    if (since) return t("Briefing.paragraphStatus", { roles: roles(c), status: status(c.status), since });
    const reported = c.reported ? formatPartialDate(c.reported.date, c.reported.precision, locale, "genitive") : null;
    return reported
      ? t("Briefing.paragraphStatusReported", { roles: roles(c), status: status(c.status), date: reported })
      : t("Briefing.paragraphStatusUndated", { roles: roles(c), status: status(c.status) });
  };
  const asOf = t("Briefing.asOf", { date: date(b.asOf, "DAY") });
  const country = countryName(b.country.code, locale, b.country.name);
  const { detention } = b.summary;
  const lower = (text: string) => text.toLocaleLowerCase(locale);
  const statusCounts = [
    ...b.summary.byStatus.map((s) => t("Briefing.statusCount", { status: lower(status(s.status)), count: s.count })),
    ...(b.summary.notKnown > 0 && !b.statusFilter.length
      ? [t("Briefing.statusCount", { status: lower(t("Briefing.statusNotKnownOnDate")), count: b.summary.notKnown })]
      : []),
  ];
  const org = b.organisation;

  return {
    title: t("Briefing.title", { country }),
    asOf,
    /** The as-of line ending a sentence; Russian dates already end in "г.", which must not get a second period. */
    asOfSentence: asOf.endsWith(".") ? asOf : `${asOf}.`,
    /** The intro says how people were counted for the date, so every format carries the method. */
    intro: `${t("Briefing.intro")} ${t("Briefing.method")}${b.present ? ` ${t("Briefing.methodPresent")}` : ""}`,
    filter: b.statusFilter.length
      ? t("Briefing.statusesIncluded", { statuses: b.statusFilter.map(status).join(", ") })
      : t("Briefing.allStatuses"),
    headings: {
      summary: t("Briefing.summary"),
      asks: t("Briefing.asks"),
      laws: t("Briefing.laws"),
      demands: t("Briefing.demands"),
      cases: t("Briefing.cases"),
      profiles: t("Briefing.profiles"),
      sources: t("Briefing.sources"),
    },
    /** The executive summary in prose: how many people, in which statuses, as of when. */
    overview: [
      t("Briefing.overview", { date: date(b.asOf, "DAY"), count: b.summary.total, country }),
      statusCounts.length ? t("Briefing.overviewStatuses", { statuses: statusCounts.join("; ") }) : null,
      b.statusFilter.length && b.summary.notKnown > 0
        ? t("Briefing.notKnownNotListed", { count: b.summary.notKnown })
        : null,
    ]
      .filter(Boolean)
      .join(" ")
      .replace(/\.\./g, "."),
    /** Said on the first page when the briefing lists fewer cases than there are. */
    limited:
      b.summary.total > b.cases.length
        ? t("Briefing.limited", {
            shown: b.cases.length,
            total: b.summary.total,
            csv: b.fullList.csv,
            json: b.fullList.json,
          })
        : null,
    /** The key asks: every per-person demand gathered by kind and addressee, most people first. */
    asks: b.summary.asks.map((a) =>
      t("Briefing.ask", { kind: t(`DemandKind.${a.kind}`), count: a.people, target: a.targetAuthority }),
    ),
    noAsks: t("Briefing.noAsks"),
    detention:
      detention.detained === 0
        ? b.summary.notKnown > 0
          ? t("Briefing.noneKnownDetained")
          : t("Briefing.noneDetained")
        : detention.total && detention.longest
          ? t("Briefing.detention", {
              counted: detention.counted,
              detained: detention.detained,
              total: span(detention.total),
              longest: span(detention.longest),
              name: name(b.summary.longestCase!),
            })
          : t("Briefing.detentionUnknown", { detained: detention.detained }),
    columns: [
      t("Briefing.colName"),
      t("Briefing.colRole"),
      t("Briefing.colStatus"),
      t("Briefing.colSince"),
      t("Briefing.colCharges"),
      t("Briefing.colSentence"),
      t("Briefing.colFacility"),
    ],
    laws: b.laws.map((l) => ({
      text: `${l.name} (${t(`LawStatus.${l.status}`)})${l.description ? `. ${l.description}` : ""}`,
      demands: l.demands.map(
        (d) =>
          `${t(`DemandKind.${d.kind}`)}: ${d.description} — ${d.targetAuthority} (${t(`DemandStatus.${d.status}`)})`,
      ),
      sources: l.sources,
    })),
    demands: b.demands.map((d) => ({
      text: `${t(`DemandKind.${d.kind}`)}: ${d.description} — ${d.targetAuthority} (${t(`DemandStatus.${d.status}`)})`,
      sources: d.sources,
    })),
    /** Table rows; a row's trailing run of "not known" cells is one cell spanning those columns. */
    rows: b.cases.map((c) => ({
      cells: collapseNotKnown(
        [
          name(c),
          roles(c),
          statusCell(c),
          sinceCell(c),
          c.charges.join("; ") || notKnown,
          c.sentence ?? notKnown,
          c.facility ?? notKnown,
        ],
        notKnown,
      ),
      sources: c.sources,
    })),
    /** A case note each; a case with nothing known beyond its status gets one line (`compact`), not a section. */
    paragraphs: b.cases.map((c) => {
      const compact = !c.charges.length && !c.sentence && !c.biography && !c.detention;
      return {
        heading: name(c),
        compact,
        text: [
          statusSentence(c),
          c.detention ? t("Briefing.paragraphDetention", { duration: span(c.detention) }) : null,
          compact
            ? null
            : c.charges.length
              ? t("Briefing.paragraphCharges", { charges: c.charges.join("; ") })
              : t("Briefing.paragraphNoCharges"),
          c.sentence ? t("Briefing.paragraphSentence", { sentence: c.sentence }) : null,
          c.biography,
          c.note,
        ]
          .filter(Boolean)
          .join(" "),
        sources: c.sources,
      };
    }),
    sources: b.sources.map((s: BriefingSource) => ({
      number: s.number,
      text: [s.title, s.publisher, date(s.publishedDate, s.publishedPrecision)].filter(Boolean).join(", "),
      url: s.url,
    })),
    /** Who hands the briefing over, from the organisation settings; null when none is set. */
    organisation:
      org.name || org.contact || org.introduction || org.logo
        ? {
            name: org.name || null,
            contact: org.contact ? t("Briefing.contact", { contact: org.contact }) : null,
            introduction: org.introduction || null,
            logo: org.logo,
            logoAlt: t("About.logoAlt", { name: org.name || t("About.operatorUnnamed") }),
          }
        : null,
    untranslated: locale === "en" ? null : t("Briefing.recordLanguageNote"),
    noneRecorded: t("Person.noneRecorded"),
    pageOf: (page: number, pages: number) => t("Briefing.pageOf", { page, pages }),
  };
}

export type BriefingText = ReturnType<typeof briefingText>;

/** The cells of a row with its trailing run of two or more "not known" cells merged into the last one, which
 *  then spans the columns left: fewer cells than columns means the last one spans the rest. */
export function collapseNotKnown(cells: string[], notKnown: string): string[] {
  let start = cells.length;
  while (start > 1 && cells[start - 1] === notKnown) start--;
  return cells.length - start >= 2 ? [...cells.slice(0, start), notKnown] : cells;
}

/** A source as one line: its description, then its web address when it has one. */
export const sourceLine = (s: { number: number; text: string; url: string | null }) =>
  `${s.number}. ${s.text}${s.url ? `. ${s.url}` : ""}`;

export const refs = (numbers: number[]) => (numbers.length ? ` [${numbers.join(", ")}]` : "");
