// Export benchmark: CSV and JSON of 100,000 synthetic cases (rows/s, peak RSS growth), and the PDF and DOCX
// briefing for a country with 1,000 cases (seconds). Prints its figures; targets are in the README.
import { renderBriefing } from "@/lib/export-formats/render-briefing";
import { caseExportStream } from "@/lib/export-formats/case-export-stream";
import { translatorFor } from "@/lib/i18n/translator";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { streamPublicCases } from "@/lib/server/public/stream-cases";
import { parseCaseListQuery } from "@/lib/validations/case-list";

let CASES = 100_000;

async function measureExport(format: "csv" | "json") {
  // Warm-up on a small export, so one-off start-up allocations are not counted as growth.
  for await (const _ of caseExportStream(streamPublicCases(parseCaseListQuery({ country: "XB" }).query), {
    format,
    bom: false,
    t: translatorFor("en"),
    siteUrl: "",
    locale: "en",
  }) as unknown as AsyncIterable<Uint8Array>);
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const stream = caseExportStream(streamPublicCases(parseCaseListQuery({}).query), {
    format,
    bom: false,
    t: translatorFor("en"),
    siteUrl: "https://habeas.example",
    locale: "en",
  });
  let bytes = 0;
  let newlines = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    // indexOf scans natively; a byte-by-byte loop here cost more than the export it measured.
    if (format === "csv") for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) newlines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const rows = format === "csv" ? newlines - 1 : CASES;
  return {
    format,
    rows,
    seconds,
    rowsPerSecond: Math.round(rows / seconds),
    megabytes: bytes / 1e6,
    rssGrowthMb: (peak - baseline) / 1e6,
  };
}

async function measureBriefing(format: "pdf" | "docx") {
  const started = performance.now();
  const briefing = (await getCountryBriefing({ code: "XB", locale: "en" }))!;
  const bytes = await renderBriefing(briefing, format);
  return {
    format,
    cases: briefing.cases.length,
    seconds: (performance.now() - started) / 1000,
    kilobytes: Math.round(bytes.byteLength / 1024),
  };
}

export async function benchExports(cases = 100_000) {
  CASES = cases;
  const results = [];
  for (const format of ["csv", "json"] as const) {
    const r = await measureExport(format);
    results.push(r);
    console.log(
      `${format.toUpperCase()} export: ${r.rows} rows in ${r.seconds.toFixed(2)} s = ${r.rowsPerSecond} rows/s (target ≥ 50,000); peak RSS growth ${r.rssGrowthMb.toFixed(1)} MB (target < 100); ${r.megabytes.toFixed(1)} MB written`,
    );
  }
  // Warm-up of both formats: font loading, module start-up and the first compilation of the document code
  // are not per-briefing costs in a running server.
  for (const format of ["pdf", "docx"] as const) await measureBriefing(format);
  for (const format of ["pdf", "docx"] as const) {
    const r = await measureBriefing(format);
    console.log(
      `${format.toUpperCase()} briefing: ${r.cases} cases in ${r.seconds.toFixed(2)} s (target ≤ ${format === "pdf" ? 2 : 1} s); ${r.kilobytes} KB`,
    );
  }
  return results;
}
