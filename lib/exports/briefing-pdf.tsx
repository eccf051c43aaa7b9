// A briefing as a typeset PDF with an embedded font that covers Latin and Cyrillic.
import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { refs, type BriefingText } from "./briefing-text";
import { PDF_FONT, registerPdfFonts } from "./pdf-fonts";

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, padding: 36, lineHeight: 1.35 },
  title: { fontSize: 18, fontWeight: "bold", marginBottom: 8, lineHeight: 1.2 },
  h1: { fontSize: 13, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  h2: { fontSize: 10, fontWeight: "bold", marginTop: 6 },
  muted: { color: "#444", fontStyle: "italic", marginBottom: 4 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#bbb", fontSize: 7.5 },
  header: { fontWeight: "bold", backgroundColor: "#f0f0f0" },
  cell: { padding: 2 },
  footer: { position: "absolute", bottom: 18, left: 36, right: 36, fontSize: 7, color: "#666", textAlign: "right" },
});

const WIDTHS = ["18%", "15%", "12%", "12%", "17%", "13%", "13%"];

/** Fixed-size chunks. Long documents go on many explicit pages: react-pdf re-lays out everything after each
 *  automatic page break, which makes one long page grow quadratically slower. */
function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const ROWS_PER_PAGE = 20;
const PARAGRAPHS_PER_PAGE = 6;

function CasesTable({ x, rows }: { x: BriefingText; rows: BriefingText["rows"] }) {
  return (
    <View>
      <View style={[styles.row, styles.header]} fixed>
        {x.columns.map((c, i) => (
          <Text key={c} style={[styles.cell, { width: WIDTHS[i] }]}>{c}</Text>
        ))}
      </View>
      {rows.map((r, index) => (
        <View key={index} style={styles.row}>
          {r.cells.map((c, i) => (
            <Text key={i} style={[styles.cell, { width: WIDTHS[i] }]}>{i === 0 ? `${c}${refs(r.sources)}` : c}</Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function Footer({ x }: { x: BriefingText }) {
  // A page-number footer (render with totalPages) crashes react-pdf on long briefings, so it stays static.
  return <Text style={styles.footer} fixed>{`${x.title} · ${x.asOf}`}</Text>;
}

function Briefing({ x }: { x: BriefingText }) {
  const tablePages = chunks(x.rows, ROWS_PER_PAGE);
  const paragraphPages = chunks(x.paragraphs, PARAGRAPHS_PER_PAGE);
  return (
    <Document title={x.title} author="Habeas">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{x.title}</Text>
        <Text style={styles.muted}>{`${x.asOf}. ${x.intro} ${x.filter}`}</Text>
        {x.untranslated && <Text style={styles.muted}>{x.untranslated}</Text>}
        <Text style={styles.h1}>{x.headings.summary}</Text>
        <Text>{x.total}</Text>
        {x.byStatus.map((s) => <Text key={s}>• {s}</Text>)}
        <Text>{x.detention}</Text>
        <Text style={styles.h1}>{x.headings.laws}</Text>
        {x.laws.length === 0 && <Text style={styles.muted}>{x.noneRecorded}</Text>}
        {x.laws.map((l, i) => (
          <View key={i}>
            <Text>• {l.text}{refs(l.sources)}</Text>
            {l.demands.map((d, j) => <Text key={j}>   – {d}</Text>)}
          </View>
        ))}
        <Text style={styles.h1}>{x.headings.demands}</Text>
        {x.demands.length === 0 && <Text style={styles.muted}>{x.noneRecorded}</Text>}
        {x.demands.map((d, i) => <Text key={i}>• {d.text}{refs(d.sources)}</Text>)}
        <Footer x={x} />
      </Page>
      {(tablePages.length ? tablePages : [[]]).map((rows, i) => (
        <Page key={`t${i}`} size="A4" style={styles.page}>
          {i === 0 && <Text style={styles.h1}>{x.headings.cases}</Text>}
          <CasesTable x={x} rows={rows} />
          <Footer x={x} />
        </Page>
      ))}
      {paragraphPages.map((paragraphs, i) => (
        <Page key={`p${i}`} size="A4" style={styles.page}>
          {i === 0 && <Text style={styles.h1}>{x.headings.profiles}</Text>}
          {paragraphs.map((p, j) => (
            <View key={j}>
              <Text style={styles.h2}>{p.heading}</Text>
              <Text>{p.text}{refs(p.sources)}</Text>
            </View>
          ))}
          <Footer x={x} />
        </Page>
      ))}
      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{x.headings.sources}</Text>
        {x.sources.map((s) => <Text key={s.number}>{s.number}. {s.text}</Text>)}
        <Footer x={x} />
      </Page>
    </Document>
  );
}

export async function briefingPdf(x: BriefingText): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<Briefing x={x} />);
}
