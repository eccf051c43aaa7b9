// Registers the bundled DejaVu Sans with react-pdf: its built-in fonts drop Cyrillic and other non-Latin letters.
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { projectRoot } from "@/lib/db/paths";

export const PDF_FONT = "DejaVu Sans";
let registered = false;

export function registerPdfFonts(): void {
  if (registered) return;
  const file = (name: string) => path.join(projectRoot, "assets", "fonts", name);
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: file("DejaVuSans.ttf") },
      { src: file("DejaVuSans-Bold.ttf"), fontWeight: "bold" },
      { src: file("DejaVuSans-Oblique.ttf"), fontStyle: "italic" },
    ],
  });
  // Long names and quotes must wrap at spaces only; hyphenating names would misspell them.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
