// A briefing as an editable Word document: real headings, a real table, and the sources as footnotes.
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { BriefingText } from "./briefing-text";

const FONT = "DejaVu Sans";

function withFootnotes(text: string, sources: number[]): Paragraph {
  return new Paragraph({ children: [new TextRun(text), ...sources.map((n) => new FootnoteReferenceRun(n))] });
}

export async function briefingDocx(x: BriefingText): Promise<Buffer> {
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text, heading: level });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: x.columns.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: true })] })] })) }),
      ...x.rows.map((r) => new TableRow({ children: r.cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
    ],
  });
  const doc = new Document({
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    footnotes: Object.fromEntries(x.sources.map((s) => [s.number, { children: [new Paragraph(s.text)] }])),
    sections: [
      {
        children: [
          new Paragraph({ text: x.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: `${x.asOf}. `, italics: true }), new TextRun(`${x.intro} ${x.filter}`)] }),
          ...(x.untranslated ? [new Paragraph({ children: [new TextRun({ text: x.untranslated, italics: true })] })] : []),
          heading(x.headings.summary),
          new Paragraph(x.total),
          ...x.byStatus.map((s) => new Paragraph({ text: s, bullet: { level: 0 } })),
          new Paragraph(x.detention),
          heading(x.headings.laws),
          ...(x.laws.length ? [] : [new Paragraph(x.noneRecorded)]),
          ...x.laws.flatMap((l) => [withFootnotes(l.text, l.sources), ...l.demands.map((d) => new Paragraph({ text: d, bullet: { level: 0 } }))]),
          heading(x.headings.demands),
          ...(x.demands.length ? [] : [new Paragraph(x.noneRecorded)]),
          ...x.demands.map((d) => withFootnotes(d.text, d.sources)),
          heading(x.headings.cases),
          table,
          heading(x.headings.profiles),
          ...x.paragraphs.flatMap((p) => [heading(p.heading, HeadingLevel.HEADING_2), withFootnotes(p.text, p.sources)]),
          heading(x.headings.sources),
          ...x.sources.map((s) => new Paragraph({ children: [new TextRun(`${s.number}. ${s.text}`)], alignment: AlignmentType.LEFT })),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
