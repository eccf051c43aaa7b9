// The answer that carries a generated PDF: a download, never stored by a browser or proxy, since a takedown or a
// "letters not advised" must take a document off the site at once (exports are rate-limited instead of cached).
export function pdfDownload(pdf: Uint8Array, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
