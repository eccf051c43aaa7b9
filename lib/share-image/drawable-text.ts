// A text for a share image, or null when the bundled font cannot draw all of it (see share-font.ts).
import { fontCanDraw } from "./share-font";

export function drawableOrNull(text: string): string | null {
  return text && fontCanDraw(text) ? text : null;
}
