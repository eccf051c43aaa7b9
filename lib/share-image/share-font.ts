// The bundled DejaVu Sans for share images, read from disk (no font is fetched), and a check that it can draw a
// text. Next's ImageResponse asks Google Fonts, or a CDN for emoji, for any character its fonts lack: that is a
// network request at run time carrying the text, a person's name. Texts the font cannot draw are never given to it.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { projectRoot } from "@/lib/db/paths";

const fontFile = (name: string) => readFileSync(path.join(projectRoot, "assets", "fonts", name));

let loaded: { regular: Buffer; bold: Buffer; coverage: fontkit.Font } | undefined;

function fonts() {
  if (!loaded) {
    const regular = fontFile("DejaVuSans.ttf");
    const coverage = fontkit.create(regular);
    if (!("hasGlyphForCodePoint" in coverage)) throw new Error("DejaVuSans.ttf is not a single font");
    loaded = { regular, bold: fontFile("DejaVuSans-Bold.ttf"), coverage };
  }
  return loaded;
}

export function shareImageFonts() {
  const { regular, bold } = fonts();
  return [
    { name: "DejaVu Sans", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "DejaVu Sans", data: bold, weight: 700 as const, style: "normal" as const },
  ];
}

/** True when the bundled font has every character, and none is an emoji (which ImageResponse always fetches). */
export function fontCanDraw(text: string): boolean {
  const { coverage } = fonts();
  return [...text].every((char) => {
    if (/\p{Extended_Pictographic}/u.test(char)) return false;
    return /\s/.test(char) || coverage.hasGlyphForCodePoint(char.codePointAt(0)!);
  });
}
