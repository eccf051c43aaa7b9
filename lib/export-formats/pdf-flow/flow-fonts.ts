// The bundled fonts parsed once per process with fontkit, the parser pdfkit uses itself. pdfkit is handed the
// parsed font rather than the file: react-pdf has already embedded the same font by object, and pdfkit then
// re-reads and re-parses a file path on every call instead of caching it (a 1,000-case briefing took 15 s).
import { openSync, type Font } from "fontkit";
import { PDF_FONT_FILES, type PdfFontFace } from "../pdf-fonts";

const parsed = new Map<PdfFontFace, Font>();

export function flowFont(face: PdfFontFace): Font {
  let font = parsed.get(face);
  if (!font) {
    const opened = openSync(PDF_FONT_FILES[face]);
    if (!("layout" in opened)) throw new Error(`${PDF_FONT_FILES[face]} is a font collection, not a single font`);
    font = opened;
    parsed.set(face, font);
  }
  return font;
}
