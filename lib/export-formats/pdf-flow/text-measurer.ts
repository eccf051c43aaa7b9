// Measures wrapped text with pdfkit, the engine that later paints it, so that a page break computed here is
// exactly where the painted text ends.
import PDFDocument from "pdfkit";
import type { PdfFontFace } from "../pdf-fonts";
import type { TextStyle } from "./blocks";
import { flowFont } from "./flow-fonts";

export class TextMeasurer {
  // One scratch document per face, because switching a pdfkit document's font costs more than measuring a line.
  private readonly docs = new Map<PdfFontFace, PDFKit.PDFDocument>();

  private docFor(style: TextStyle): PDFKit.PDFDocument {
    let doc = this.docs.get(style.face);
    if (!doc) {
      doc = new PDFDocument({ autoFirstPage: false }).font(flowFont(style.face));
      this.docs.set(style.face, doc);
    }
    return doc.fontSize(style.size);
  }

  /** The gap pdfkit must add under each line for the style's line height (the font's own is tighter). */
  lineGap(style: TextStyle): number {
    return Math.max(0, style.size * style.lineHeight - this.docFor(style).currentLineHeight(true));
  }

  lineHeight(style: TextStyle): number {
    return this.docFor(style).currentLineHeight(true) + this.lineGap(style);
  }

  height(text: string, style: TextStyle, width: number): number {
    const lineGap = this.lineGap(style);
    return this.docFor(style).heightOfString(text, { width, lineGap });
  }

  /** The width of a text on one line, without wrapping. */
  width(text: string, style: TextStyle): number {
    return this.docFor(style).widthOfString(text);
  }

  /** The longest run of leading words that fits in `height`, and the rest; null when not even one word fits. */
  split(text: string, style: TextStyle, width: number, height: number): [string, string] | null {
    const words = text.split(" ");
    let fits = 0;
    let tooMany = words.length;
    while (tooMany - fits > 1) {
      const middle = (fits + tooMany) >> 1;
      if (this.height(words.slice(0, middle).join(" "), style, width) <= height) fits = middle;
      else tooMany = middle;
    }
    if (fits === 0) return null;
    return [words.slice(0, fits).join(" "), words.slice(fits).join(" ")];
  }
}
