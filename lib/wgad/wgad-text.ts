// The words of a WGAD individual-communication draft in one language. The sections and their order follow the
// Working Group's model questionnaire (Fact Sheet No. 26, annex V, "Model questionnaire to be completed by persons
// alleging arbitrary arrest or detention", first published as annex II of E/CN.4/1992/20; read at
// https://docslib.org/doc/3913086/fact-sheet-no-26-the-working-group-on-arbitrary-detention): I. identity,
// II. arrest, III. detention, IV. the circumstances and why the detention is arbitrary, V. internal steps and
// domestic remedies, VI. who submits it. The reasons and legislation the authorities invoked, which the
// questionnaire asks for under arrest and under detention, are gathered in one section of their own, before the
// author's case. The five categories offered as prompts are those of the methods of work (A/HRC/33/66, 2016,
// https://right-docs.org/doc/a-hrc-33-66) as OHCHR's "About arbitrary detention" page lists them (the mandate's pages
// are under https://www.ohchr.org/en/special-procedures/wg-arbitrary-detention), in Habeas's own words.
import { countryName } from "@/lib/format/country-name";
import { formatPartialDate } from "@/lib/format/partial-date";
import { contentIsTranslated } from "@/lib/i18n/content-language";
import type { Locale } from "@/i18n/routing";
import type { Translator } from "@/lib/i18n/translator";
import { currentStay } from "@/lib/places/current-stay";
import { currentStatusCitations } from "@/lib/citations/current-status";
import { PLACE_CLAIMS } from "@/lib/places/place-claims";
import type { WgadDraft } from "@/lib/server/wgad/get-wgad-draft";
import { sincePhrase } from "./since-phrase";
import { cite, endSentence, missing, text, type WgadLine, type WgadPart, type WgadSection } from "./wgad-blocks";

export function wgadText(d: WgadDraft, t: Translator, locale: Locale) {
  const date = (value: Date | null, precision: Parameters<typeof formatPartialDate>[1]) =>
    formatPartialDate(value, precision, locale);
  const since = (value: Date | null, precision: Parameters<typeof formatPartialDate>[1]) =>
    sincePhrase(t, value, precision, locale);
  const lower = (s: string) => s.charAt(0).toLocaleLowerCase(locale) + s.slice(1);
  const gap = (label: string) => missing(t("Wgad.toComplete", { what: lower(label) }));
  const byClaim = (claim: string) => d.citations.filter((c) => c.claim === claim);
  const personClaim = (claim: string) => d.person.citations.filter((c) => c.claim === claim);
  /** A labelled fact: its value and citations when recorded, otherwise a marked gap named after the label. */
  const fact = (label: string, value: string | null | undefined, citations: WgadDraft["citations"] = []): WgadLine =>
    value ? { label, parts: [text(value), ...cite(citations)] } : { label, parts: [gap(label)] };
  const ask = (label: string): WgadLine => ({ label, parts: [gap(label)] });
  const bullets = (lines: WgadPart[][]): WgadLine[] => lines.map((parts) => ({ parts, bullet: true }));

  const p = d.person;
  const name = p.isUnnamed
    ? { label: t("Wgad.name"), parts: [text(p.fullName), text(" "), gap(t("Wgad.name"))] }
    : fact(t("Wgad.name"), p.fullName, [...personClaim("name"), ...personClaim("person")]);
  const identity: WgadSection = {
    heading: t("Wgad.identity"),
    lines: [
      name,
      p.aliases.length
        ? {
            label: t("Wgad.otherNames"),
            parts: p.aliases.flatMap((a, i) => [
              text(`${i ? "; " : ""}${a.name}`),
              ...cite(personClaim(`alias: ${a.name}`)),
            ]),
          }
        : { label: t("Wgad.otherNames"), parts: [text(t("Wgad.noneRecorded"))] },
      fact(t("Wgad.sex"), p.gender ? t(`Gender.${p.gender}`) : null, personClaim("gender")),
      fact(t("Wgad.birth"), p.birthYear ? t("Wgad.bornIn", { year: String(p.birthYear) }) : null, [
        ...personClaim("birthYear"),
      ]),
      ask(t("Wgad.nationality")),
      ask(t("Wgad.identityDocument")),
      {
        label: t("Wgad.profession"),
        parts: p.roles.length
          ? [text(p.roles.map((r) => t(`PersonRole.${r}`)).join(", ")), ...cite(personClaim("roles"))]
          : [gap(t("Wgad.profession"))],
      },
      ...(p.biography ? bullets([[text(p.biography), ...cite(personClaim("biography"))]]) : []),
      ask(t("Wgad.residence")),
      ...(p.identifiers.length
        ? [
            { label: t("Wgad.registers"), parts: [] },
            ...bullets(
              p.identifiers.map((i) => [
                text(`${t(`ExternalIdScheme.${i.scheme}`)}: ${i.value}${i.url ? ` (${i.url})` : ""}`),
              ]),
            ),
          ]
        : []),
    ],
  };

  const arrestDate = date(d.arrestDate, d.arrestPrecision);
  const arrest: WgadSection = {
    heading: t("Wgad.arrest"),
    lines: [
      fact(t("Wgad.arrestDate"), arrestDate, byClaim("arrestDate")),
      ask(t("Wgad.arrestPlace")),
      ask(t("Wgad.arrestForces")),
      ask(t("Wgad.warrant")),
      ask(t("Wgad.warrantAuthority")),
    ],
  };

  // "Other" says only that the place is none of the kinds Habeas tells apart, so what it is stays for the author.
  const kindOf = (kind: WgadDraft["stays"][number]["place"]["kind"]) =>
    kind === "OTHER" ? gap(t("Wgad.placeKind")) : text(lower(t(`PlaceKind.${kind}`)));
  const place = (s: WgadDraft["stays"][number]) => {
    const where = [s.place.name, s.place.region].filter(Boolean).join(", ");
    const isKind = (c: { claim: string }) => c.claim === PLACE_CLAIMS.kind;
    return [
      text(where),
      ...cite(s.place.citations.filter((c) => !isKind(c))),
      text(", "),
      kindOf(s.place.kind),
      ...cite(s.place.citations.filter(isKind)),
      text(` — ${since(s.date, s.datePrecision)}`),
      ...(s.note ? [text(` (${s.note})`)] : []),
      ...cite(s.citations),
    ];
  };
  /** A place known only as the case's free-text facility: its kind is not recorded. */
  const facilityLine = (label: string): WgadLine =>
    d.facility
      ? { label, parts: [text(d.facility), ...cite(byClaim("facility")), text(", "), gap(t("Wgad.placeKind"))] }
      : ask(label);
  const current = currentStay(d.status, d.stays);
  const earlier = d.stays.filter((s) => s !== current);
  const latest = d.statusEvents[0];
  const detention: WgadSection = {
    heading: t("Wgad.detention"),
    lines: [
      fact(t("Wgad.country"), countryName(d.country.code, locale, d.country.name), byClaim("country")),
      {
        label: t("Wgad.currentStatus"),
        parts: [
          text(t(`CaseStatus.${d.status}`)),
          text(` — ${latest ? since(latest.date, latest.datePrecision) : t("Wgad.sinceNotKnown")}`),
          ...cite(currentStatusCitations(d)),
        ],
      },
      current ? { label: t("Wgad.placeOfDetention"), parts: place(current) } : facilityLine(t("Wgad.placeOfDetention")),
      ...(earlier.length
        ? [{ label: t("Wgad.earlierPlaces"), parts: [] }, ...bullets(earlier.map(place))]
        : [ask(t("Wgad.earlierPlaces"))]),
      ask(t("Wgad.duration")),
      ask(t("Wgad.custodians")),
      ask(t("Wgad.orderedBy")),
      fact(t("Wgad.convictionDate"), date(d.convictionDate, d.convictionPrecision), byClaim("convictionDate")),
      fact(t("Wgad.sentence"), d.sentence, byClaim("sentence")),
      ...(d.releaseDate
        ? [fact(t("Wgad.releaseDate"), date(d.releaseDate, d.releasePrecision), byClaim("releaseDate"))]
        : []),
      { label: t("Wgad.statusHistory"), parts: [] },
      ...bullets(
        [...d.statusEvents].reverse().map((e) => {
          const step = `${t(`CaseStatus.${e.toStatus}`)} — ${since(e.date, e.datePrecision)}`;
          // endSentence: a Russian day ends in "г." already, and takes no second period before the note.
          return [text(e.note ? `${endSentence(step)} ${e.note}` : step), ...cite(e.citations)];
        }),
      ),
    ],
  };

  const legal: WgadSection = {
    heading: t("Wgad.legalGrounds"),
    intro: t("Wgad.legalGroundsIntro"),
    lines: [
      ask(t("Wgad.reasonsGiven")),
      ...(d.charges.length
        ? [
            { label: t("Wgad.charges"), parts: [] },
            ...bullets(
              d.charges.map(({ charge }) => [
                text(charge.description),
                text(" — "),
                charge.article ? text(charge.article) : gap(t("Wgad.article")),
                ...cite(charge.citations),
              ]),
            ),
          ]
        : [ask(t("Wgad.charges"))]),
    ],
  };

  const circumstances = [
    ...(d.summary ? [[text(d.summary), ...cite(byClaim("summary"))]] : []),
    ...d.facts.map((f) => [text(f.text), ...cite(f.citations)]),
  ];
  const arbitrary: WgadSection = {
    heading: t("Wgad.arbitrary"),
    lines: [
      ...(circumstances.length
        ? [{ label: t("Wgad.circumstances"), parts: [] }, ...bullets(circumstances)]
        : [ask(t("Wgad.circumstances"))]),
      ...(d.demands.length
        ? [
            { label: t("Wgad.appeals"), parts: [] },
            ...bullets(
              d.demands.map((m) => [
                text(`${t(`DemandKind.${m.kind}`)}: `),
                text(`${m.description} — ${m.targetAuthority}`),
                text(` (${t(`DemandStatus.${m.status}`)})`),
                ...cite(m.citations),
              ]),
            ),
          ]
        : []),
      { label: t("Wgad.whyArbitrary"), parts: [missing(t("Wgad.toWrite")), text(` ${t("Wgad.whyArbitraryPrompt")}`)] },
      ...bullets(
        [
          t("Wgad.categoryI"),
          t("Wgad.categoryII"),
          t("Wgad.categoryIII"),
          t("Wgad.categoryIV"),
          t("Wgad.categoryV"),
        ].map((c) => [text(c)]),
      ),
    ],
  };

  const domestic: WgadSection = {
    heading: t("Wgad.domestic"),
    lines: [
      { label: t("Wgad.domesticSteps"), parts: [missing(t("Wgad.toWrite")), text(` ${t("Wgad.domesticPrompt")}`)] },
    ],
  };

  const org = d.organisation;
  const submitter: WgadSection = {
    heading: t("Wgad.submitter"),
    lines: [
      fact(t("Wgad.organisationName"), org.name || null),
      fact(t("Wgad.organisationContact"), org.contact || null),
      ask(t("Wgad.consent")),
      ask(t("Wgad.date")),
      ask(t("Wgad.signature")),
    ],
  };

  const CONFIDENTIAL_LABELS = {
    contactDetails: t("Editor.contactDetails"),
    familyDetails: t("Editor.familyDetails"),
    internalNotes: t("Editor.internalNotes"),
    riskNote: t("Editor.riskNote"),
  } as const;
  const annex: WgadSection | null = d.included.length
    ? {
        heading: t("Wgad.annex"),
        intro: t("Wgad.annexIntro"),
        lines: d.included.map((column) =>
          d.confidential[column]
            ? { label: CONFIDENTIAL_LABELS[column], parts: [text(d.confidential[column]!)] }
            : { label: CONFIDENTIAL_LABELS[column], parts: [text(t("Wgad.noneRecorded"))] },
        ),
      }
    : null;

  const personName = p.isUnnamed ? t("Wgad.unnamedPerson") : p.fullName;
  return {
    title: t("Wgad.title"),
    subtitle: endSentence(t("Wgad.subtitle", { name: personName, date: date(d.generatedAt, "DAY") ?? "" })),
    notice: t("Wgad.draftNotice"),
    explanations: [
      t("Wgad.noticeSources"),
      // Records are not translated: a Russian draft quotes English descriptions, and says so, as the briefing does.
      ...(contentIsTranslated(locale) ? [] : [t("Briefing.recordLanguageNote")]),
      ...(d.visibility === "PUBLISHED" ? [] : [t("Wgad.noticeUnpublished")]),
      ...(d.included.length
        ? [t("Wgad.noticeConfidential", { fields: d.included.map((c) => CONFIDENTIAL_LABELS[c]).join(", ") })]
        : []),
    ],
    /** The sample of a marked gap, for the sentence that explains them. */
    gapSample: t("Wgad.toCompleteSample"),
    gapExplanation: t("Wgad.noticeGaps"),
    sections: [identity, arrest, detention, legal, arbitrary, domestic, submitter, ...(annex ? [annex] : [])],
    quoting: (title: string) => t("Wgad.quoting", { title }),
    locale,
  };
}

export type WgadText = ReturnType<typeof wgadText>;
