// One person's case as a PDF to hand to an institution: identity, status history, charges, demands and sources.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { Locale } from "@/i18n/routing";
import { currentStay } from "@/lib/places/current-stay";
import { currentStatusCitations } from "@/lib/citations/current-status";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { countryName } from "@/lib/format/country-name";
import { displayName } from "@/lib/format/display-name";
import { formatPartialDate } from "@/lib/format/partial-date";
import { translatorFor } from "@/lib/i18n/translator";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { registerPdfFonts } from "./pdf-fonts";
import { PageFooter } from "./pdf-page-footer";
import { SHEET_PADDING, sheetStyles } from "./pdf-sheet-styles";

const styles = StyleSheet.create({
  ...sheetStyles,
  row: { flexDirection: "row" },
  label: { width: "30%", fontWeight: "bold" },
});

export async function caseSheetPdf(person: PersonPage, locale: Locale): Promise<Buffer> {
  registerPdfFonts();
  const t = translatorFor(locale);
  const notKnown = t("Common.notKnown");
  const date = (d: Date | null, p: Parameters<typeof formatPartialDate>[1]) =>
    formatPartialDate(d, p, locale) ?? notKnown;
  const notes = numberFootnotes([
    person.citations,
    ...person.cases.flatMap((c) => [
      c.citations,
      ...c.charges.map((x) => x.charge.citations),
      ...c.statusEvents.map((e) => e.citations),
      ...c.facts.map((f) => f.citations),
      ...c.demands.map((d) => d.citations),
    ]),
  ]);
  const refs = (list: Parameters<typeof notes.numbersFor>[0]) => {
    const numbers = notes.numbersFor(list);
    return numbers.length ? ` [${numbers.join(", ")}]` : "";
  };
  const { name, sourceName } = displayName(person.fullName, person.aliases, locale);
  const asOf = t("Briefing.asOf", { date: date(new Date(), "DAY") });
  /** As on the case page: the start when known, else the latest report that dates the status. */
  const sinceText = (time: PersonPage["cases"][number]["statusTime"]) => {
    const since = time && formatPartialDate(time.since.date, time.since.precision, locale);
    if (since) return since;
    // After "от" in Russian: the genitive.
    const reported = time?.report && formatPartialDate(time.report.date, time.report.precision, locale, "genitive");
    return reported
      ? `${notKnown}; ${t("Briefing.asReportedOn", { date: reported })} (${time!.report!.sourceTitle})`
      : notKnown;
  };
  const field = (label: string, value: string) => (
    <View style={styles.row}>
      <Text style={styles.label}>{label}</Text>
      <Text style={{ width: "70%" }}>{value}</Text>
    </View>
  );
  // The current place with its kind and region, as the case page shows it; else the source's own words, if any.
  const heldAtText = (c: (typeof person.cases)[number]) => {
    const stay = currentStay(c.status, c.stays);
    if (!stay) return c.facility ?? notKnown;
    const { place } = stay;
    const parts = [place.name, t(`PlaceKind.${place.kind}`), place.region].filter(Boolean).join(", ");
    return `${parts}${refs([...stay.citations, ...place.citations.filter((x) => x.claim === "name")])}`;
  };
  const doc = (
    <Document title={`${t("Briefing.sheetTitle")}: ${person.fullName}`} author="Habeas">
      <Page size="A4" style={styles.page}>
        <View style={styles.body}>
          <Text style={styles.muted}>{t("Briefing.sheetTitle")}</Text>
          <Text style={styles.title}>{sourceName ? `${name} (${sourceName})` : name}</Text>
          {locale !== "en" && <Text style={styles.muted}>{t("Site.contentLanguageNote")}</Text>}
          <Text style={styles.h1}>{t("Briefing.identity")}</Text>
          {field(
            t("Briefing.otherSpellings"),
            person.aliases.map((a) => a.name).join(", ") || t("Person.noneRecorded"),
          )}
          {field(
            t("Person.roles"),
            person.roles.map((r) => t(`PersonRole.${r}`)).join(", ") +
              refs(person.citations.filter((c) => c.claim === "roles")),
          )}
          {person.biography && (
            <Text style={{ marginTop: 4 }}>
              {person.biography}
              {refs(person.citations.filter((c) => c.claim === "biography"))}
            </Text>
          )}
          {person.cases.map((c) => (
            <View key={c.id}>
              <Text style={styles.h1}>{countryName(c.country.code, locale, c.country.name)}</Text>
              {field(t("Person.currentStatus"), `${t(`CaseStatus.${c.status}`)}${refs(currentStatusCitations(c))}`)}
              {field(t("Person.since"), sinceText(c.statusTime))}
              {field(t("Person.arrested"), date(c.arrestDate, c.arrestPrecision))}
              {field(t("Person.convicted"), date(c.convictionDate, c.convictionPrecision))}
              {field(
                t("Person.charges"),
                c.charges
                  .map(
                    ({ charge }) =>
                      `${charge.description}${charge.article ? ` (${charge.article})` : ""}${refs(charge.citations)}`,
                  )
                  .join("; ") || notKnown,
              )}
              {field(t("Person.sentence"), c.sentence ?? notKnown)}
              {field(t("Person.heldAt"), heldAtText(c))}
              {c.facts.length > 0 && <Text style={styles.h1}>{t("Person.situation")}</Text>}
              {c.facts.map((f) => (
                <Text key={f.id}>
                  • {f.text}
                  {refs(f.citations)}
                </Text>
              ))}
              <Text style={styles.h1}>{t("Briefing.timeline")}</Text>
              {c.statusEvents.map((e) => (
                <Text key={e.id}>
                  • {date(e.date, e.datePrecision)}: {t(`CaseStatus.${e.toStatus}`)}
                  {e.note ? ` — ${e.note}` : ""}
                  {refs(e.citations)}
                </Text>
              ))}
              <Text style={styles.h1}>{t("Person.demands")}</Text>
              {c.demands.length === 0 && <Text style={styles.muted}>{t("Person.noDemands")}</Text>}
              {c.demands.map((d) => (
                <Text key={d.id}>
                  • {t(`DemandKind.${d.kind}`)}: {d.description} — {d.targetAuthority} ({t(`DemandStatus.${d.status}`)})
                  {refs(d.citations)}
                </Text>
              ))}
            </View>
          ))}
          <Text style={styles.h1}>{t("Sources.heading")}</Text>
          {notes.list.map(({ number, citation }) => (
            <Text key={number} style={{ marginBottom: 3 }}>
              {number}. “{citation.quote}” — {citation.source.title}
              {citation.source.publisher ? `, ${citation.source.publisher}` : ""}
            </Text>
          ))}
        </View>
        <PageFooter
          label={`${name} · ${asOf}`}
          pageOf={(page, pages) => t("Briefing.pageOf", { page, pages })}
          inset={SHEET_PADDING}
        />
      </Page>
    </Document>
  );
  return renderToBuffer(doc);
}
