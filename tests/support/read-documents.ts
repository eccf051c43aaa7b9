// Reads generated documents back as text: PDF through pdf.js (unpdf), DOCX by unzipping its XML.
import { unzipSync, strFromU8 } from "fflate";
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith(".xml"))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** The visible text of a Word XML part: the contents of its w:t runs. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
}
