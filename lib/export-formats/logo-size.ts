// The organisation logo's size in pixels, read by pdfkit (which already decodes PNG and JPEG for the PDF), so the
// DOCX can place it at its own proportions.
import PDFDocument from "pdfkit";

/** Width and height scaled to `height`, at the image's own aspect ratio. */
export function logoSize(bytes: Uint8Array, height: number): { width: number; height: number } {
  // openImage is pdfkit's own (it backs doc.image) but missing from @types/pdfkit.
  const doc = new PDFDocument({ autoFirstPage: false }) as unknown as {
    openImage(src: Buffer): { width: number; height: number };
  };
  const image = doc.openImage(Buffer.from(bytes));
  return { width: Math.round((image.width / image.height) * height), height };
}
