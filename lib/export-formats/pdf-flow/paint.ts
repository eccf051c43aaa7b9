// Paints typeset items with pdfkit's drawing calls, which react-pdf's <Canvas> hands to its paint callback.
import type { Font } from "fontkit";
import { CELL_PADDING, HEADER_FILL, ROW_RULE, type PlacedItem, type PlacedText, type TextStyle } from "./blocks";
import { flowFont } from "./flow-fonts";

/** The part of react-pdf's canvas painter (a pass-through to pdfkit) that the flow uses. */
export interface PdfPainter {
  font(font: Font): PdfPainter;
  fontSize(size: number): PdfPainter;
  fillColor(color: string): PdfPainter;
  strokeColor(color: string): PdfPainter;
  lineWidth(width: number): PdfPainter;
  rect(x: number, y: number, width: number, height: number): PdfPainter;
  fill(): PdfPainter;
  moveTo(x: number, y: number): PdfPainter;
  lineTo(x: number, y: number): PdfPainter;
  stroke(): PdfPainter;
  text(text: string, x: number, y: number, options: { width: number; height: number; lineGap: number }): PdfPainter;
}

type TextRun = Omit<PlacedText, "kind">;

// A hair of slack: pdfkit stops drawing once a line would pass `height`, and the measured height is exact.
const SLACK = 0.5;

function textRuns(items: PlacedItem[]): TextRun[] {
  return items.flatMap((item): TextRun[] =>
    item.kind === "text"
      ? [item]
      : item.cells.map((cell) => ({
          text: cell.text,
          style: item.style,
          lineGap: item.lineGap,
          x: cell.x,
          y: item.y + CELL_PADDING,
          width: cell.width,
          height: item.height - 2 * CELL_PADDING,
        })),
  );
}

export function paintItems(painter: PdfPainter, items: PlacedItem[]): null {
  for (const item of items) {
    if (item.kind !== "row") continue;
    if (item.header) painter.rect(0, item.y, item.width, item.height).fillColor(HEADER_FILL).fill();
    const bottom = item.y + item.height;
    painter.moveTo(0, bottom).lineTo(item.width, bottom).lineWidth(ROW_RULE.width).strokeColor(ROW_RULE.color).stroke();
  }
  // Text goes face by face: every font switch makes pdfkit compare the font with those already embedded.
  const runs = textRuns(items).sort((a, b) => a.style.face.localeCompare(b.style.face));
  let face: TextStyle["face"] | null = null;
  for (const run of runs) {
    if (run.style.face !== face) {
      face = run.style.face;
      painter.font(flowFont(face));
    }
    painter
      .fontSize(run.style.size)
      .fillColor(run.style.color)
      .text(run.text, run.x, run.y, { width: run.width, height: run.height + SLACK, lineGap: run.lineGap });
  }
  return null;
}
