// One A4 page to write a letter from: who and where, the envelope's address in the local script and in Latin
// letters, the place's rules, general advice on writing, and the sources of the address and rules.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { Locale } from "@/i18n/routing";
import { numberFootnotes, type FootnoteCitation } from "@/lib/citations/footnotes";
import { countryName } from "@/lib/format/country-name";
import { displayName } from "@/lib/format/display-name";
import { formatPartialDate } from "@/lib/format/partial-date";
import { translatorFor } from "@/lib/i18n/translator";
import { composeEnvelope, type EnvelopeAddress } from "@/lib/letters/envelope";
import { letterCitations } from "@/lib/letters/letter-citations";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { refs } from "./briefing-text";
import { registerPdfFonts } from "./pdf-fonts";
import { PageFooter } from "./pdf-page-footer";
import { SHEET_PADDING, sheetStyles } from "./pdf-sheet-styles";

const styles = StyleSheet.create({
  ...sheetStyles,
  envelopes: { flexDirection: "row", gap: 12 },
  envelope: { flex: 1, border: "1pt solid #666", padding: 10 },
  envelopeLabel: { fontSize: 8, color: "#444", marginBottom: 4 },
  envelopeText: { fontSize: 12, lineHeight: 1.35 },
  envelopeNote: { fontSize: 8, color: "#444", marginTop: 6 },
});

/** General advice for any letter to a person in detention, not facts about this place. */
const GUIDANCE = [
  "Letters.guidanceNeutral",
  "Letters.guidanceNoPolitics",
  "Letters.guidanceNothingRisky",
  "Letters.guidanceLanguage",
  "Letters.guidanceReturn",
] as const;

type LetterStay = PersonPage["cases"][number]["stays"][number];

/** `stay`: the case's letter target (lib/letters/letter-target.ts); the route answers 404 when there is none. */
export async function letterPackPdf(
  person: PersonPage,
  detention: PersonPage["cases"][number],
  stay: LetterStay,
  locale: Locale,
): Promise<Buffer> {
  registerPdfFonts();
  const t = translatorFor(locale);
  const notKnown = t("Common.notKnown");
  const { place } = stay;
  const envelope = composeEnvelope(person, place);
  const cited = letterCitations(stay);
  const birthYearCitations =
    envelope.birthYear.year === null ? [] : person.citations.filter((c) => c.claim === "birthYear");
  // Numbered by source, in the order this page first cites each, so the pack's [n] match its own list of sources
  // and a source cited for several facts is listed once (the page has no room for each passage).
  const notes = numberFootnotes([cited.place, cited.addressLocal, cited.addressLatin, birthYearCitations, cited.rules]);
  const sources = [...new Map(notes.list.map(({ citation }) => [citation.source.id, citation.source])).values()];
  const sourceNumber = new Map(sources.map((source, i) => [source.id, i + 1]));
  const cite = (list: FootnoteCitation[]) =>
    refs([...new Set(list.map((c) => sourceNumber.get(c.source.id)!))].sort((a, b) => a - b));
  const { name, sourceName } = displayName(person.fullName, person.aliases, locale);
  const asOf = t("Briefing.asOf", { date: formatPartialDate(new Date(), "DAY", locale) ?? "" });
  const where = [place.region, countryName(place.country.code, locale, place.country.name)].filter(Boolean).join(", ");
  const side = (label: string, address: EnvelopeAddress, sources: FootnoteCitation[]) => (
    <View style={styles.envelope} wrap={false}>
      {/* The sources go beside the label, not in the address: a reader copies the box onto the envelope as it is. */}
      <Text style={styles.envelopeLabel}>
        {label}
        {address.address ? cite(sources) : ""}
      </Text>
      <Text style={styles.envelopeText}>{address.address ? `${address.recipient}\n${address.address}` : notKnown}</Text>
      {/* Below the box's address, in small type, so it is not copied onto the envelope with it. */}
      {address.address && address.transliterated && (
        <Text style={styles.envelopeNote}>{t("Letters.transliterated")}</Text>
      )}
    </View>
  );
  const doc = (
    <Document title={`${t("Letters.packTitle")}: ${person.fullName}`} author="Habeas">
      <Page size="A4" style={styles.page}>
        <View style={styles.body}>
          <Text style={styles.muted}>{t("Letters.packTitle")}</Text>
          <Text style={styles.title}>{t("Letters.heading", { name })}</Text>
          {locale !== "en" && <Text style={styles.muted}>{t("Site.contentLanguageNote")}</Text>}
          <Text style={{ marginTop: 6 }}>{t("Letters.intro")}</Text>
          <Text style={styles.h1}>{t("Letters.person")}</Text>
          <Text>
            {sourceName ? `${name} (${sourceName})` : name} — {t(`CaseStatus.${detention.status}`)}
          </Text>
          <Text style={styles.h1}>{t("Letters.place")}</Text>
          <Text>
            {place.name}
            {where ? `, ${where}` : ""}
            {cite(cited.place)}
          </Text>
          <Text style={styles.h1}>{t("Letters.envelope")}</Text>
          <View style={styles.envelopes}>
            {side(t("Letters.withinCountry"), envelope.local, cited.addressLocal)}
            {side(t("Letters.fromAbroad"), envelope.latin, cited.addressLatin)}
          </View>
          {envelope.birthYear.required && (
            <Text style={{ marginTop: 4, fontSize: 9 }}>
              {envelope.birthYear.year === null
                ? t("Letters.birthYearNeeded")
                : `${t("Letters.birthYearIncluded")}${cite(birthYearCitations)}`}
            </Text>
          )}
          <Text style={styles.h1}>{t("Letters.rules")}</Text>
          <Text>{place.letterRules ? `${place.letterRules}${cite(cited.rules)}` : notKnown}</Text>
          <Text style={styles.h1}>{t("Letters.guidanceHeading")}</Text>
          {GUIDANCE.map((key) => (
            <Text key={key}>• {t(key)}</Text>
          ))}
          <Text style={styles.h1}>{t("Letters.sources")}</Text>
          {sources.length === 0 && <Text style={styles.muted}>{t("Letters.noSources")}</Text>}
          {sources.map((source, i) => (
            <Text key={source.id} style={{ marginBottom: 2, fontSize: 9 }}>
              {i + 1}. {source.title}
              {source.publisher ? `, ${source.publisher}` : ""}
            </Text>
          ))}
        </View>
        <PageFooter
          label={`${t("Letters.packTitle")} · ${name} · ${asOf}`}
          pageOf={(page, pages) => t("Briefing.pageOf", { page, pages })}
          inset={SHEET_PADDING}
        />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
