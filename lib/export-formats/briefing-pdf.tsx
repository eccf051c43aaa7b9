// A briefing as a typeset PDF with an embedded font that covers Latin and Cyrillic. The whole text is one flow
// typeset by pdfkit (lib/export-formats/pdf-flow/), so the cases table starts on the first page right after the
// summary rather than on a page of its own, and every heading stays with what follows it.
import { Document, Image, StyleSheet, renderToBuffer } from "@react-pdf/renderer";
import { refs, sourceLine, type BriefingText } from "./briefing-text";
import { PDF_FONT, registerPdfFonts } from "./pdf-fonts";
import { PageFooter } from "./pdf-page-footer";
import type { FlowBlock, TextStyle } from "./pdf-flow/blocks";
import { CELL_PADDING } from "./pdf-flow/blocks";
import { FlowPages } from "./pdf-flow/flow-pages";
import { TextMeasurer } from "./pdf-flow/text-measurer";
import { columnShares } from "./table-columns";

const PADDING = 36;
const CONTENT_WIDTH = 595.28 - 2 * PADDING;
/** The logo's height on the first page, and the gap under it. */
const LOGO_HEIGHT = 40;
const LOGO_GAP = 8;

const styles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, padding: PADDING },
  logo: { position: "absolute", top: PADDING, left: PADDING, height: LOGO_HEIGHT, objectFit: "contain" },
});

const BLACK = "#000000";
const MUTED = "#444444";
const TITLE: TextStyle = { face: "bold", size: 18, lineHeight: 1.2, color: BLACK };
const H1: TextStyle = { face: "bold", size: 13, lineHeight: 1.35, color: BLACK };
const H2: TextStyle = { face: "bold", size: 10, lineHeight: 1.35, color: BLACK };
const BODY: TextStyle = { face: "regular", size: 9, lineHeight: 1.35, color: BLACK };
const ORG: TextStyle = { face: "bold", size: 10, lineHeight: 1.35, color: MUTED };
const NOTE: TextStyle = { face: "italic", size: 9, lineHeight: 1.35, color: MUTED };
const CELL: TextStyle = { face: "regular", size: 7.5, lineHeight: 1.35, color: BLACK };
/** The preferred proportions of the seven columns; each is widened to its longest word first. */
const WIDTHS = [0.18, 0.15, 0.12, 0.12, 0.17, 0.13, 0.13];

type TextBlock = Extract<FlowBlock, { kind: "text" }>;

const text = (content: string, style: TextStyle, spaceBefore = 3, indent?: number): TextBlock => ({
  kind: "text",
  text: content,
  style,
  spaceBefore,
  ...(indent ? { indent } : {}),
});
const heading = (content: string, style = H1, spaceBefore = 12): TextBlock => ({
  ...text(content, style, spaceBefore),
  keepWithNext: true,
});
const bullet = (content: string, level = 0) => text(`${level ? "–" : "•"} ${content}`, BODY, 1, 8 + 10 * level);

/** Who hands the briefing over, the title, and the introduction. */
function opening(x: BriefingText): FlowBlock[] {
  const org = x.organisation;
  return [
    ...(org?.name ? [text(org.name, ORG, 0)] : []),
    ...(org?.contact ? [text(org.contact, NOTE, 0)] : []),
    text(x.title, TITLE, 6),
    ...(org?.introduction ? [text(org.introduction, BODY, 6)] : []),
    text(`${x.asOfSentence} ${x.intro} ${x.filter}`, NOTE, 6),
    ...(x.untranslated ? [text(x.untranslated, NOTE)] : []),
  ];
}

/** The summary, the key asks, the laws and the country's demands. */
function overview(x: BriefingText): FlowBlock[] {
  const orNone = (items: FlowBlock[]) => (items.length ? items : [text(x.noneRecorded, NOTE)]);
  return [
    heading(x.headings.summary),
    text(x.overview, BODY, 0),
    ...(x.limited ? [text(x.limited, NOTE)] : []),
    text(x.detention, BODY),
    heading(x.headings.asks, H2, 8),
    ...(x.asks.length ? x.asks.map((a) => bullet(a)) : [text(x.noAsks, NOTE, 0)]),
    heading(x.headings.laws),
    ...orNone(x.laws.flatMap((l) => [bullet(`${l.text}${refs(l.sources)}`), ...l.demands.map((d) => bullet(d, 1))])),
    heading(x.headings.demands),
    ...orNone(x.demands.map((d) => bullet(`${d.text}${refs(d.sources)}`))),
  ];
}

/** The cases table, the case notes and the sources: the parts that grow with the number of cases. */
function longSections(x: BriefingText, measure: TextMeasurer): FlowBlock[] {
  const rows = x.rows.map((r) => r.cells.map((c, i) => (i === 0 ? `${c}${refs(r.sources)}` : c)));
  const widths = columnShares(
    { columns: x.columns, rows, base: WIDTHS, width: CONTENT_WIDTH, padding: CELL_PADDING },
    (word, bold) => measure.width(word, bold ? { ...CELL, face: "bold" } : CELL),
  );
  return [
    heading(x.headings.cases),
    { kind: "table", columns: x.columns, widths, rows, style: CELL, headerStyle: { ...CELL, face: "bold" } },
    heading(x.headings.profiles),
    ...x.paragraphs.flatMap((p): FlowBlock[] =>
      p.compact
        ? [text(`${p.heading} — ${p.text}${refs(p.sources)}`, BODY, 4)]
        : [heading(p.heading, H2, 6), text(`${p.text}${refs(p.sources)}`, BODY, 0)],
    ),
    heading(x.headings.sources),
    ...x.sources.map((s) => text(sourceLine(s), BODY, 1)),
  ];
}

function Briefing({ x }: { x: BriefingText }) {
  const measure = new TextMeasurer();
  const logo = x.organisation?.logo;
  const footer = <PageFooter label={`${x.title} · ${x.asOf}`} pageOf={x.pageOf} inset={PADDING} />;
  return (
    <Document title={x.title} author={x.organisation?.name || "Habeas"}>
      <FlowPages
        blocks={[...opening(x), ...overview(x), ...longSections(x, measure)]}
        padding={PADDING}
        pageStyle={styles.page}
        footer={footer}
        {...(logo
          ? {
              firstPageHeader: {
                height: LOGO_HEIGHT + LOGO_GAP,
                node: (
                  <Image
                    style={styles.logo}
                    src={{ data: logo.bytes, format: logo.type === "image/png" ? "png" : "jpg" }}
                  />
                ),
              },
            }
          : {})}
      />
    </Document>
  );
}

export async function briefingPdf(x: BriefingText): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<Briefing x={x} />);
}
