// Registers the bundled DejaVu Sans with react-pdf: its built-in fonts drop Cyrillic and other non-Latin letters.
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { projectRoot } from "@/lib/db/paths";

export const PDF_FONT = "DejaVu Sans";

const fontFile = (name: string) => path.join(projectRoot, "assets", "fonts", name);

/** The same files by weight and style, for the sections that pdfkit typesets directly (see pdf-flow/). */
export const PDF_FONT_FILES = {
  regular: fontFile("DejaVuSans.ttf"),
  bold: fontFile("DejaVuSans-Bold.ttf"),
  italic: fontFile("DejaVuSans-Oblique.ttf"),
} as const;

export type PdfFontFace = keyof typeof PDF_FONT_FILES;

let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: PDF_FONT_FILES.regular },
      { src: PDF_FONT_FILES.bold, fontWeight: "bold" },
      { src: PDF_FONT_FILES.italic, fontStyle: "italic" },
    ],
  });
  // Long names and quotes must wrap at spaces only; hyphenating names would misspell them.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
