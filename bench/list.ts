// /cases benchmark: throughput and p95 at 16 concurrent connections (autocannon), filtered by country and
// status and sorted by name, at page 1 and page 500, against a static file of the same size on the same server.
// Public pages are served from the whole-page cache after their first request, which is timed on its own.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "@/lib/db/paths";

const STATIC_FILE = path.join(projectRoot, "public", "bench-static.html");

function run(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections: 16, duration: 10, pipelining: 1 });
}

/** Writes the static comparison file before the build, sized like a real list page. */
export async function prepareStaticFile(sample: string) {
  mkdirSync(path.dirname(STATIC_FILE), { recursive: true });
  writeFileSync(STATIC_FILE, sample);
}

export function removeStaticFile() {
  rmSync(STATIC_FILE, { force: true });
}

export async function benchList(baseUrl: string) {
  const pages = {
    "page 1": "/en/cases?country=XC&status=IMPRISONED&sort=name&size=10&page=1",
    "page 500": "/en/cases?country=XC&status=IMPRISONED&sort=name&size=10&page=500",
  };
  // The first request for a URL renders it from the database; the timed runs then measure the cache.
  for (const [label, page] of Object.entries({
    "page 1, descending": pages["page 1"].replace("sort=name", "sort=name&dir=desc"),
    "page 500": pages["page 500"],
  })) {
    const started = performance.now();
    await (await fetch(`${baseUrl}${page}`)).text();
    console.log(`/cases ${label}, first (uncached) request: ${(performance.now() - started).toFixed(0)} ms`);
  }
  const staticResult = await run(`${baseUrl}/bench-static.html`);
  console.log(
    `Static file: ${staticResult.requests.average.toFixed(0)} req/s, p95 ~${staticResult.latency.p97_5} ms (p97.5)`,
  );
  for (const [label, page] of Object.entries(pages)) {
    const r = await run(`${baseUrl}${page}`);
    const ratio = r.requests.average / staticResult.requests.average;
    console.log(
      `/cases ${label}: ${r.requests.average.toFixed(0)} req/s (${ratio.toFixed(2)}× static, target ≥ 0.5×), p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms (target p95 ≤ 50 ms), ${r.non2xx} non-2xx`,
    );
  }
}
