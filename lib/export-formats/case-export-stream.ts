// Streams cases as CSV or JSON, batch by batch, so an export of any size uses the same memory.
import { stringify, type Stringifier } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import type { Translator } from "@/lib/i18n/translator";
import { textStream } from "@/lib/http/text-stream";
import type { ExportedCase } from "@/lib/server/public/stream-cases";
import { CASE_EXPORT_COLUMNS, caseExportHeaders, caseExportRow } from "./case-rows";

type Options = { format: "csv" | "json"; bom: boolean; t: Translator; siteUrl: string; locale: string };

// ignoreBOM keeps the byte-order mark in the text; by default a decoder would silently drop it.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Drains whatever the CSV stringifier has produced so far; chunks are bytes or strings depending on the build. */
function drain(stringifier: Stringifier): string {
  let out = "";
  for (let chunk: unknown = stringifier.read(); chunk !== null; chunk = stringifier.read()) {
    out += typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  }
  return out;
}

async function* encodeCsv(batches: AsyncGenerator<ExportedCase[]>, o: Options): AsyncGenerator<string> {
  // One stringifier for the whole export. escape_formulas prefixes cells starting with = + - @ (and tab, CR)
  // so spreadsheets never run them; rows go in as arrays in column order, which skips a per-cell key lookup.
  // The header row names the columns in the export's language; the cells follow the machine column order.
  const columns = CASE_EXPORT_COLUMNS.map((key, i) => ({ key, header: caseExportHeaders(o.t)[i]! }));
  const stringifier = stringify({ header: true, columns, escape_formulas: true, bom: o.bom });
  let wrote = false;
  for await (const batch of batches) {
    for (const c of batch) {
      const row = caseExportRow(c, o.t, o.siteUrl, o.locale);
      stringifier.write(CASE_EXPORT_COLUMNS.map((column) => row[column]));
    }
    wrote = true;
    const text = drain(stringifier);
    if (text) yield text;
  }
  if (!wrote) {
    yield stringifySync([], { header: true, columns, bom: o.bom });
    return;
  }
  stringifier.end();
  const rest = drain(stringifier);
  if (rest) yield rest;
}

async function* encodeJson(batches: AsyncGenerator<ExportedCase[]>, o: Options): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const batch of batches) {
    yield (first ? "" : ",") + batch.map((c) => JSON.stringify(caseExportRow(c, o.t, o.siteUrl, o.locale))).join(",");
    first = false;
  }
  yield "]";
}

export function caseExportStream(
  batches: AsyncGenerator<ExportedCase[]>,
  options: Options,
): ReadableStream<Uint8Array> {
  const chunks = options.format === "csv" ? encodeCsv(batches, options) : encodeJson(batches, options);
  return textStream(chunks, "Case export");
}
