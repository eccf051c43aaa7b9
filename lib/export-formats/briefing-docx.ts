// A briefing as an editable Word document: real headings, a real table, and the sources as footnotes.
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { BriefingText } from "./briefing-text";

const FONT = "DejaVu Sans";
/** 2 cm margins on A4, in twentieths of a point: Word's default inch leaves the seven columns too narrow. */
const MARGIN_TWIPS = 1134;
const TEXT_WIDTH_TWIPS = 11906 - 2 * MARGIN_TWIPS;
const CELL_MARGIN_TWIPS = 57;
/** The same proportions as the PDF's table, so that names and "Not known" fit without breaking inside words. */
const COLUMN_SHARES = [0.18, 0.15, 0.12, 0.12, 0.17, 0.13, 0.13];
const TABLE_TEXT_SIZE = 15; // half-points: 7.5 pt, as in the PDF

type Footnotes = Record<number, { children: Paragraph[] }>;

/** Word allows each footnote to be referenced once, so every citation gets a footnote of its own that names
 *  the source by its number in the source list. */
function footnoteMaker(x: BriefingText) {
  const footnotes: Footnotes = {};
  const sourceText = new Map(x.sources.map((s) => [s.number, `${s.number}. ${s.text}`]));
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

function casesTable(x: BriefingText): Table {
  // Margins and text size live on the table and a paragraph style rather than on each of thousands of cells:
  // the XML, and the time to write it, grow with every element.
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({ style: TABLE_TEXT_STYLE, children: [bold ? new TextRun({ text, bold }) : new TextRun(text)] }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: COLUMN_SHARES.map((share) => Math.round(share * TEXT_WIDTH_TWIPS)),
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN_TWIPS, right: CELL_MARGIN_TWIPS },
    rows: [
      new TableRow({ tableHeader: true, children: x.columns.map((c) => cell(c, true)) }),
      ...x.rows.map((r) => new TableRow({ children: r.cells.map((c) => cell(c)) })),
    ],
  });
}

export async function briefingDocx(x: BriefingText): Promise<Buffer> {
  const { footnotes, cite } = footnoteMaker(x);
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
    new Paragraph({ text, heading: level });
  const cited = (text: string, sources: number[]) => new Paragraph({ children: [new TextRun(text), ...cite(sources)] });
  const children = [
    new Paragraph({ text: x.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: `${x.asOfSentence} `, italics: true }), new TextRun(`${x.intro} ${x.filter}`)],
    }),
    ...(x.untranslated ? [new Paragraph({ children: [new TextRun({ text: x.untranslated, italics: true })] })] : []),
    heading(x.headings.summary),
    new Paragraph(x.total),
    ...(x.limited ? [new Paragraph({ children: [new TextRun({ text: x.limited, italics: true })] })] : []),
    ...x.byStatus.map((s) => new Paragraph({ text: s, bullet: { level: 0 } })),
    new Paragraph(x.detention),
    heading(x.headings.laws),
    ...(x.laws.length ? [] : [new Paragraph(x.noneRecorded)]),
    ...x.laws.flatMap((l) => [
      cited(l.text, l.sources),
      ...l.demands.map((d) => new Paragraph({ text: d, bullet: { level: 0 } })),
    ]),
    heading(x.headings.demands),
    ...(x.demands.length ? [] : [new Paragraph(x.noneRecorded)]),
    ...x.demands.map((d) => cited(d.text, d.sources)),
    heading(x.headings.cases),
    casesTable(x),
    heading(x.headings.profiles),
    ...x.paragraphs.flatMap((p) => [heading(p.heading, HeadingLevel.HEADING_2), cited(p.text, p.sources)]),
    heading(x.headings.sources),
    ...x.sources.map(
      (s) => new Paragraph({ children: [new TextRun(`${s.number}. ${s.text}`)], alignment: AlignmentType.LEFT }),
    ),
  ];
  const doc = new Document({
    styles: {
      default: { document: { run: { font: FONT, size: 20 } } },
      paragraphStyles: [
        { id: TABLE_TEXT_STYLE, name: "Habeas table text", basedOn: "Normal", run: { size: TABLE_TEXT_SIZE } },
      ],
    },
    footnotes,
    sections: [
      {
        properties: {
          page: { margin: { top: MARGIN_TWIPS, right: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS } },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
