// A briefing as an editable Word document: real headings, a real table, and the sources as footnotes.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { sourceLine, type BriefingText } from "./briefing-text";
import { logoSize } from "./logo-size";
import { TextMeasurer } from "./pdf-flow/text-measurer";
import { columnShares } from "./table-columns";
import { a4Section, MARGIN_TWIPS } from "./docx-page";
import { webHref } from "@/lib/validations/web-url";

const FONT = "DejaVu Sans";
const TEXT_WIDTH_TWIPS = 11906 - 2 * MARGIN_TWIPS;
const CELL_MARGIN_TWIPS = 57;
/** The same proportions as the PDF's table, so that names and "Not known" fit without breaking inside words. */
const COLUMN_SHARES = [0.18, 0.15, 0.12, 0.12, 0.17, 0.13, 0.13];
const TABLE_TEXT_SIZE = 15; // half-points: 7.5 pt, as in the PDF

type Footnotes = Record<number, { children: Paragraph[] }>;

/** Word allows each footnote to be referenced once, so every citation gets a footnote of its own. Word numbers
 *  the footnotes itself, so a note holds the source's description and address and not its number in the source
 *  list, which would read as a second number ("¹ 1."). */
function footnoteMaker(x: BriefingText) {
  const footnotes: Footnotes = {};
  const sourceText = new Map(x.sources.map((s) => [s.number, sourceLine(s).replace(/^\d+\. /, "")]));
  let next = 1;
  const cite = (sources: number[]) =>
    sources.map((n) => {
      const id = next++;
      footnotes[id] = { children: [new Paragraph(sourceText.get(n) ?? String(n))] };
      return new FootnoteReferenceRun(id);
    });
  return { footnotes, cite };
}

const TABLE_TEXT_STYLE = "HabeasTableText";

/** Each column at least as wide as its longest word, measured in the same font as the PDF's, with a tenth to
 *  spare for the word processor's own spacing. */
export function docxColumnWidths(x: BriefingText): number[] {
  const measure = new TextMeasurer();
  const size = TABLE_TEXT_SIZE / 2;
  const shares = columnShares(
    {
      columns: x.columns,
      rows: x.rows.map((r) => r.cells),
      base: COLUMN_SHARES,
      width: TEXT_WIDTH_TWIPS,
      padding: CELL_MARGIN_TWIPS,
    },
    (word, bold) =>
      1.1 * 20 * measure.width(word, { face: bold ? "bold" : "regular", size, lineHeight: 1, color: "#000" }),
  );
  return shares.map((share) => Math.round(share * TEXT_WIDTH_TWIPS));
}

function casesTable(x: BriefingText): Table {
  // Margins and text size live on the table and a paragraph style rather than on each of thousands of cells:
  // the XML, and the time to write it, grow with every element.
  const cell = (text: string, bold = false, columnSpan = 1) =>
    new TableCell({
      ...(columnSpan > 1 ? { columnSpan } : {}),
      children: [
        new Paragraph({ style: TABLE_TEXT_STYLE, children: [bold ? new TextRun({ text, bold }) : new TextRun(text)] }),
      ],
    });
  // A row with fewer cells than columns ends in one that spans the rest (a run of "not known" collapsed).
  const span = (cells: string[], i: number) => (i === cells.length - 1 ? x.columns.length - i : 1);
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: docxColumnWidths(x),
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: x.columns.map((c) => cell(c, true)) }),
      ...x.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.cells.map((c, i) => cell(c, false, span(r.cells, i))) }),
      ),
    ],
  });
}

export async function briefingDocx(x: BriefingText): Promise<Buffer> {
  const { footnotes, cite } = footnoteMaker(x);
  // Headings keep with the paragraph after them (and their own lines together), so none ends a page alone.
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
    new Paragraph({ text, heading: level, keepNext: true, keepLines: true });
  const cited = (text: string, sources: number[], level?: number) =>
    new Paragraph({
      children: [new TextRun(text), ...cite(sources)],
      ...(level === undefined ? {} : { bullet: { level } }),
    });
  const bullet = (text: string, level = 0) => new Paragraph({ text, bullet: { level } });
  const note = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })] });
  const org = x.organisation;
  const logo = org?.logo;
  const children = [
    ...(logo
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: logo.type === "image/png" ? "png" : "jpg",
                data: logo.bytes,
                transformation: logoSize(logo.bytes, 48),
                altText: { name: org.name ?? "Logo", description: org.name ?? "Logo", title: org.name ?? "Logo" },
              }),
            ],
          }),
        ]
      : []),
    ...(org?.name ? [new Paragraph({ children: [new TextRun({ text: org.name, bold: true })] })] : []),
    ...(org?.contact ? [note(org.contact)] : []),
    new Paragraph({ text: x.title, heading: HeadingLevel.TITLE, keepNext: true }),
    ...(org?.introduction ? [new Paragraph(org.introduction)] : []),
    new Paragraph({
      children: [new TextRun({ text: `${x.asOfSentence} `, italics: true }), new TextRun(`${x.intro} ${x.filter}`)],
    }),
    ...(x.untranslated ? [note(x.untranslated)] : []),
    heading(x.headings.summary),
    new Paragraph(x.overview),
    ...(x.limited ? [note(x.limited)] : []),
    new Paragraph(x.detention),
    heading(x.headings.asks, HeadingLevel.HEADING_2),
    ...(x.asks.length ? x.asks.map((a) => bullet(a)) : [note(x.noAsks)]),
    heading(x.headings.laws),
    ...(x.laws.length ? [] : [note(x.noneRecorded)]),
    ...x.laws.flatMap((l) => [cited(l.text, l.sources, 0), ...l.demands.map((d) => bullet(d, 1))]),
    heading(x.headings.demands),
    ...(x.demands.length ? [] : [note(x.noneRecorded)]),
    ...x.demands.map((d) => cited(d.text, d.sources, 0)),
    heading(x.headings.cases),
    casesTable(x),
    heading(x.headings.profiles),
    ...x.paragraphs.flatMap((p) =>
      p.compact
        ? [
            new Paragraph({
              children: [new TextRun({ text: p.heading, bold: true }), new TextRun(` — ${p.text}`), ...cite(p.sources)],
            }),
          ]
        : [heading(p.heading, HeadingLevel.HEADING_2), cited(p.text, p.sources)],
    ),
    heading(x.headings.sources),
    ...x.sources.map((s) => {
      // Only a web address becomes a link; any other stays text (lib/validations/web-url.ts).
      const href = webHref(s.url);
      return new Paragraph({
        alignment: AlignmentType.LEFT,
        children: href
          ? [
              new TextRun(`${s.number}. ${s.text}. `),
              new ExternalHyperlink({ link: href, children: [new TextRun({ text: s.url!, style: "Hyperlink" })] }),
            ]
          : [new TextRun(sourceLine(s))],
      });
    }),
  ];
  const doc = new Document({
    styles: {
      default: { document: { run: { font: FONT, size: 20 } } },
      paragraphStyles: [
        { id: TABLE_TEXT_STYLE, name: "Habeas table text", basedOn: "Normal", run: { size: TABLE_TEXT_SIZE } },
      ],
    },
    footnotes,
    sections: [a4Section(children)],
  });
  return Packer.toBuffer(doc);
}
