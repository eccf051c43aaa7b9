// A WGAD submission draft as an editable Word document: the questionnaire's headings, each fact with its sources as
// real footnotes, and each gap highlighted for the author. Built like the briefing's DOCX (briefing-docx.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import type { WgadCitation } from "@/lib/server/wgad/get-wgad-draft";
import { footnoteText, type WgadLine, type WgadPart } from "@/lib/wgad/wgad-blocks";
import type { WgadText } from "@/lib/wgad/wgad-text";
import { a4Section } from "./docx-page";

const FONT = "DejaVu Sans";

type Footnotes = Record<number, { children: Paragraph[] }>;

/** Word allows each footnote to be referenced once, so every citation mark gets a footnote of its own. */
function footnoteMaker(x: WgadText) {
  const footnotes: Footnotes = {};
  let next = 1;
  const cite = (citations: WgadCitation[]) =>
    citations.map((c) => {
      const id = next++;
      footnotes[id] = { children: [new Paragraph(footnoteText(c, x.locale, x.quoting))] };
      return new FootnoteReferenceRun(id);
    });
  return { footnotes, cite };
}

/** Between two footnote marks, as Word writes them: a superscript comma, so that marks 1 and 2 never read as 12. */
const markSeparator = () => new TextRun({ text: ",", superScript: true });

/** A gap reads highlighted and bold, so that it is seen at a glance and found by Word's search for "[". */
const gapRun = (text: string) => new TextRun({ text, bold: true, highlight: "yellow" });

export async function wgadDocx(x: WgadText): Promise<Buffer> {
  const { footnotes, cite } = footnoteMaker(x);
  const runs = (parts: WgadPart[]) => {
    const out: (TextRun | FootnoteReferenceRun)[] = [];
    let afterMark = false;
    for (const part of parts) {
      if (part.kind !== "cite") {
        out.push(part.kind === "missing" ? gapRun(part.text) : new TextRun(part.text));
        afterMark = false;
        continue;
      }
      for (const mark of cite(part.citations)) {
        if (afterMark) out.push(markSeparator());
        out.push(mark);
        afterMark = true;
      }
    }
    return out;
  };
  const line = (l: WgadLine) =>
    new Paragraph({
      ...(l.bullet ? { bullet: { level: 0 } } : {}),
      // A label with nothing after it introduces the bullets below, so it stays with them.
      ...(l.parts.length === 0 ? { keepNext: true } : {}),
      spacing: { after: 80 },
      children: [
        ...(l.label ? [new TextRun({ text: l.parts.length ? `${l.label}: ` : l.label, bold: true })] : []),
        ...runs(l.parts),
      ],
    });
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: {
        top: { style: BorderStyle.SINGLE, size: 12, color: "B91C1C", space: 4 },
        bottom: { style: BorderStyle.SINGLE, size: 12, color: "B91C1C", space: 4 },
      },
      children: [new TextRun({ text: x.notice, bold: true, color: "B91C1C", size: 24 })],
    }),
    new Paragraph({ text: x.title, heading: HeadingLevel.TITLE, keepNext: true }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: x.subtitle, italics: true })] }),
    ...x.explanations.map(
      (e) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: e, italics: true })] }),
    ),
    new Paragraph({
      children: [new TextRun({ text: `${x.gapExplanation} `, italics: true }), gapRun(x.gapSample)],
    }),
    ...x.sections.flatMap((s) => [
      // Headings keep with the paragraph after them, so none ends a page alone.
      new Paragraph({ text: s.heading, heading: HeadingLevel.HEADING_1, keepNext: true, keepLines: true }),
      ...(s.intro
        ? [new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: s.intro, italics: true })] })]
        : []),
      ...s.lines.map(line),
    ]),
  ];
  const doc = new Document({
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        title: { run: { size: 40 }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { size: 28 }, paragraph: { spacing: { before: 280, after: 100 } } },
      },
    },
    footnotes,
    sections: [a4Section(children)],
  });
  return Packer.toBuffer(doc);
}
