// A 10,000-row spreadsheet through the import: the dry run (target ≤ 5 s) and the import in one transaction
// (target ≤ 30 s), with peak RSS and heap before and after. Part of `npm run bench`; alone on the database in
// DATABASE_URL with `npx tsx --tsconfig bench/tsconfig.json bench/import.ts`. Names are fresh on each run, so
// every run imports new drafts (synthetic, clearly named) rather than finding the last run's.
import { randomBytes } from "node:crypto";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { db } from "@/lib/db/client";
import { MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { checkSpreadsheet, importSpreadsheet } from "@/lib/server/internal/import/import-spreadsheet";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** A full garbage collection, so a heap figure counts what is held rather than what is not yet collected. */
function collectGarbage() {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** The largest heap seen while `work` runs, sampled every 20 ms. */
async function peakHeap<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  try {
    return { value: await work(), peak };
  } finally {
    clearInterval(timer);
  }
}

function syntheticFile(country: string, rows: number): Uint8Array {
  const run = randomBytes(3).toString("hex");
  const header = "name,country,roles,status,status_since,arrest_date,source_title,source_url,quote";
  const lines = Array.from(
    { length: rows },
    (_, i) =>
      `Synthetic Importee ${run} ${i},${country},Journalist,Imprisoned,2024-11,2024,Synthetic benchmark list,https://example.org/bench-${run},Imprisoned since November 2024.`,
  );
  return new TextEncoder().encode([header, ...lines].join("\r\n") + "\r\n");
}

export async function benchImport(rows = MAX_IMPORT_ROWS) {
  const country = await db.country.findFirstOrThrow({ select: { code: true }, orderBy: { code: "asc" } });
  const editor = await db.user.upsert({
    where: { email: "bench-editor@habeas.invalid" },
    create: { email: "bench-editor@habeas.invalid", name: "Benchmark editor (synthetic)", role: "EDITOR" },
    update: {},
    select: { id: true },
  });
  const file = syntheticFile(country.code, rows);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let started = performance.now();
  const dry = await peakHeap(() => checkSpreadsheet(db, file, "bench.csv"));
  const checked = performance.now() - started;
  const report = dry.value;
  started = performance.now();
  const run = await peakHeap(() =>
    importSpreadsheet(db, editor.id, file, "bench.csv", {
      skipInvalid: false,
      createDuplicates: false,
      requestPublication: false,
    }),
  );
  const imported = performance.now() - started;
  const outcome = run.value;
  // Both reports are still held here, as a caller holds the one it sends back.
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;
  const verdict = (ms: number, target: number) =>
    `${(ms / 1000).toFixed(1)} s (target ≤ ${target} s${ms <= target * 1000 ? "" : ", MISSED"})`;
  console.log(
    `import: ${rows} rows (${mb(file.byteLength)} CSV), ${report.counts.new} new, ${report.counts.invalid} invalid`,
  );
  console.log(`import: dry run ${verdict(checked, 5)}`);
  console.log(`import: import ${verdict(imported, 30)}, created ${outcome.result?.summary.created ?? 0}`);
  console.log(
    `import: heap ${mb(heapBefore)} before, peak ${mb(dry.peak)} in the dry run and ${mb(run.peak)} in the import, ` +
      `${mb(heapAfter)} after (reports held); peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const rows = Number(process.argv[2] ?? MAX_IMPORT_ROWS);
  await benchImport(rows);
  await db.$disconnect();
  process.exit(0);
}
