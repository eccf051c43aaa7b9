// Streams cases as CSV or JSON, batch by batch, so an export of any size uses the same memory.
import { stringify } from "csv-stringify/sync";
import type { Translator } from "@/lib/i18n/translator";
import type { ExportedCase } from "@/lib/server/public/stream-cases";
import { CASE_EXPORT_COLUMNS, caseExportRow } from "./case-rows";

type Options = { format: "csv" | "json"; bom: boolean; t: Translator; siteUrl: string; locale: string };

async function* encode(batches: AsyncGenerator<ExportedCase[]>, o: Options): AsyncGenerator<string> {
  let first = true;
  if (o.format === "json") yield "[";
  for await (const batch of batches) {
    const rows = batch.map((c) => caseExportRow(c, o.t, o.siteUrl, o.locale));
    if (o.format === "csv") {
      // escape_formulas prefixes cells starting with = + - @ (and tab, CR) so spreadsheets never run them.
      // Rows as arrays in column order: csv-stringify then skips a per-cell key lookup.
      const cells = rows.map((r) => CASE_EXPORT_COLUMNS.map((c) => r[c]));
      yield stringify(cells, { header: first, columns: [...CASE_EXPORT_COLUMNS], escape_formulas: true, bom: first && o.bom });
    } else {
      yield (first ? "" : ",") + rows.map((r) => JSON.stringify(r)).join(",");
    }
    first = false;
  }
  if (o.format === "csv" && first) yield stringify([], { header: true, columns: [...CASE_EXPORT_COLUMNS], bom: o.bom });
  if (o.format === "json") yield "]";
}

export function caseExportStream(batches: AsyncGenerator<ExportedCase[]>, options: Options): ReadableStream<Uint8Array> {
  const chunks = encode(batches, options);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("Case export failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
