// pdfkit accepts a parsed fontkit font wherever it takes a font file (it checks for a `layout` method), which
// its type definitions leave out.
import type { Font } from "fontkit";

declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      font(src: Font, size?: number): this;
    }
  }
}
