// A briefing as a typeset PDF with an embedded font that covers Latin and Cyrillic.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { refs, type BriefingText } from "./briefing-text";
import { PDF_FONT, registerPdfFonts } from "./pdf-fonts";
import { PageFooter } from "./pdf-page-footer";
import type { FlowBlock, TextStyle } from "./pdf-flow/blocks";
import { FlowPages } from "./pdf-flow/flow-pages";

const PADDING = 36;

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, padding: PADDING },
  // Size and line height sit on the body, not the page, for the page footer's sake (see pdf-page-footer).
  body: { fontSize: 9, lineHeight: 1.35 },
  title: { fontSize: 18, fontWeight: "bold", marginBottom: 8, lineHeight: 1.2 },
  h1: { fontSize: 13, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  muted: { color: "#444", fontStyle: "italic", marginBottom: 4 },
});

const BLACK = "#000000";
const H1: TextStyle = { face: "bold", size: 13, lineHeight: 1.35, color: BLACK };
const H2: TextStyle = { face: "bold", size: 10, lineHeight: 1.35, color: BLACK };
const BODY: TextStyle = { face: "regular", size: 9, lineHeight: 1.35, color: BLACK };
const CELL: TextStyle = { face: "regular", size: 7.5, lineHeight: 1.35, color: BLACK };
const WIDTHS = [0.18, 0.15, 0.12, 0.12, 0.17, 0.13, 0.13];

/** The cases table, the profiles and the sources: the parts that grow with the number of cases. */
function longSections(x: BriefingText): FlowBlock[] {
  const heading = (text: string): FlowBlock => ({ kind: "text", text, style: H1, spaceBefore: 12, keepWithNext: true });
  return [
    heading(x.headings.cases),
    {
      kind: "table",
      columns: x.columns,
      widths: WIDTHS,
      rows: x.rows.map((r) => r.cells.map((c, i) => (i === 0 ? `${c}${refs(r.sources)}` : c))),
      style: CELL,
      headerStyle: { ...CELL, face: "bold" },
    },
    heading(x.headings.profiles),
    ...x.paragraphs.flatMap((p): FlowBlock[] => [
      { kind: "text", text: p.heading, style: H2, spaceBefore: 6, keepWithNext: true },
      { kind: "text", text: `${p.text}${refs(p.sources)}`, style: BODY, spaceBefore: 0 },
    ]),
    heading(x.headings.sources),
    ...x.sources.map((s): FlowBlock => ({ kind: "text", text: `${s.number}. ${s.text}`, style: BODY, spaceBefore: 0 })),
  ];
}

function Footer({ x }: { x: BriefingText }) {
  return <PageFooter label={`${x.title} · ${x.asOf}`} pageOf={x.pageOf} inset={PADDING} />;
}

/** The first pages: title, summary, laws and demands, laid out (and broken across pages) by react-pdf. */
function Overview({ x }: { x: BriefingText }) {
  return (
    <View style={styles.body}>
      <Text style={styles.title}>{x.title}</Text>
      <Text style={styles.muted}>{`${x.asOfSentence} ${x.intro} ${x.filter}`}</Text>
      {x.untranslated && <Text style={styles.muted}>{x.untranslated}</Text>}
      <Text style={styles.h1}>{x.headings.summary}</Text>
      <Text>{x.total}</Text>
      {x.limited && <Text style={styles.muted}>{x.limited}</Text>}
      {x.byStatus.map((s) => (
        <Text key={s}>• {s}</Text>
      ))}
      <Text>{x.detention}</Text>
      <Text style={styles.h1}>{x.headings.laws}</Text>
      {x.laws.length === 0 && <Text style={styles.muted}>{x.noneRecorded}</Text>}
      {x.laws.map((l, i) => (
        <View key={i}>
          <Text>
            • {l.text}
            {refs(l.sources)}
          </Text>
          {l.demands.map((d, j) => (
            <Text key={j}> – {d}</Text>
          ))}
        </View>
      ))}
      <Text style={styles.h1}>{x.headings.demands}</Text>
      {x.demands.length === 0 && <Text style={styles.muted}>{x.noneRecorded}</Text>}
      {x.demands.map((d, i) => (
        <Text key={i}>
          • {d.text}
          {refs(d.sources)}
        </Text>
      ))}
    </View>
  );
}

function Briefing({ x }: { x: BriefingText }) {
  return (
    <Document title={x.title} author="Habeas">
      <Page size="A4" style={styles.page}>
        <Overview x={x} />
        <Footer x={x} />
      </Page>
      <FlowPages blocks={longSections(x)} padding={PADDING} pageStyle={styles.page} footer={<Footer x={x} />} />
    </Document>
  );
}

export async function briefingPdf(x: BriefingText): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<Briefing x={x} />);
}
