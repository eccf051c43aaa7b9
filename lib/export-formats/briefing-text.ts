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
    const reported = c.status && c.reported ? formatPartialDate(c.reported.date, c.reported.precision, locale) : null;
    return reported ? t("Briefing.asReportedOn", { date: reported }) : notKnown;
  };
  const roles = (c: BriefingCase) => c.roles.map((r) => t(`PersonRole.${r as "JOURNALIST"}`)).join(", ");
  const name = (c: BriefingCase) => (c.sourceName ? `${c.name} (${c.sourceName})` : c.name);
  /** Russian dates end in "г.", which must not get a second period from the sentence around them. */
  const statusSentence = (c: BriefingCase) => statusWords(c).replace(/\.\.$/, ".");
  const statusWords = (c: BriefingCase) => {
    if (!c.status) return t("Briefing.paragraphStatusNotKnownOnDate", { roles: roles(c) });
    const since = formatPartialDate(c.since.date, c.since.precision, locale);
    if (since) return t("Briefing.paragraphStatus", { roles: roles(c), status: status(c.status), since });
    const reported = c.reported ? formatPartialDate(c.reported.date, c.reported.precision, locale) : null;
    return reported
      ? t("Briefing.paragraphStatusReported", { roles: roles(c), status: status(c.status), date: reported })
      : t("Briefing.paragraphStatusUndated", { roles: roles(c), status: status(c.status) });
  };
  const asOf = t("Briefing.asOf", { date: date(b.asOf, "DAY") });
  const country = countryName(b.country.code, locale, b.country.name);
  const { detention } = b.summary;

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
      laws: t("Briefing.laws"),
      demands: t("Briefing.demands"),
      cases: t("Briefing.cases"),
      profiles: t("Briefing.profiles"),
      sources: t("Briefing.sources"),
    },
    total: t("Briefing.total", { count: b.summary.total }),
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
    byStatus: [
      ...b.summary.byStatus.map((s) => `${status(s.status)}: ${s.count}`),
      ...(b.summary.notKnown > 0
        ? [
            b.statusFilter.length
              ? t("Briefing.notKnownNotListed", { count: b.summary.notKnown })
              : `${t("Briefing.statusNotKnownOnDate")}: ${b.summary.notKnown}`,
          ]
        : []),
    ],
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
    rows: b.cases.map((c) => ({
      cells: [
        name(c),
        roles(c),
        statusCell(c),
        sinceCell(c),
        c.charges.join("; ") || notKnown,
        c.sentence ?? notKnown,
        c.facility ?? notKnown,
      ],
      sources: c.sources,
    })),
    paragraphs: b.cases.map((c) => ({
      heading: name(c),
      text: [
        statusSentence(c),
        c.detention ? t("Briefing.paragraphDetention", { duration: span(c.detention) }) : null,
        c.charges.length
          ? t("Briefing.paragraphCharges", { charges: c.charges.join("; ") })
          : t("Briefing.paragraphNoCharges"),
        c.sentence ? t("Briefing.paragraphSentence", { sentence: c.sentence }) : null,
        c.biography,
        c.note,
      ]
        .filter(Boolean)
        .join(" "),
      sources: c.sources,
    })),
    sources: b.sources.map((s: BriefingSource) => ({
      number: s.number,
      text: [s.title, s.publisher, date(s.publishedDate, s.publishedPrecision)].filter(Boolean).join(", "),
      url: s.url,
    })),
    untranslated: locale === "en" ? null : t("Site.contentLanguageNote"),
    noneRecorded: t("Person.noneRecorded"),
    pageOf: (page: number, pages: number) => t("Briefing.pageOf", { page, pages }),
  };
}

export type BriefingText = ReturnType<typeof briefingText>;

export const refs = (numbers: number[]) => (numbers.length ? ` [${numbers.join(", ")}]` : "");
