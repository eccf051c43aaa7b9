// Cache-miss benchmark (issue 14): every public page rendered from the database, on a server started with
// PUBLIC_CACHE=off, next to a static file served by the same server in the same run. Prints each target with
// its result, and the machine's load average, since the machine is shared.
import { loadavg } from "node:os";
import { CASE_SORT_KEYS } from "@/lib/validations/case-list";

type Sample = { ms: number; bytes: number; status: number };
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function get(url: string): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    return { ms: performance.now() - started, bytes: body.byteLength, status: response.status };
  } catch {
    // A connection the server dropped counts as an error, with the time it took.
    return { ms: performance.now() - started, bytes: 0, status: 599 };
  }
}

/** Requests every URL once, `connections` at a time, and returns each one's time and size. */
async function run(urls: string[], connections: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < urls.length) samples.push(await get(urls[next++]!));
    }),
  );
  return samples;
}

function summary(samples: Sample[]) {
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    maxKb: Math.max(...samples.map((s) => s.bytes)) / 1024,
    errors: samples.filter((s) => s.status >= 400).length,
  };
}

function line(label: string, samples: Sample[], target: number | null, staticP95: number) {
  const s = summary(samples);
  const verdict = target === null ? "" : s.p95 <= target ? " — met" : " — MISSED";
  console.log(
    `${label}: ${samples.length} requests, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms${target === null ? "" : ` (target ≤ ${target} ms)`}${verdict}; static file p95 ${staticP95.toFixed(1)} ms; largest ${s.maxKb.toFixed(0)} kB (target ≤ 300 kB)${s.maxKb > 300 ? " — MISSED" : ""}${s.errors ? `; ${s.errors} errors` : ""}`,
  );
  return s;
}

/** Random, distinct /cases queries: filter, sort, direction and page (a tenth of them page 2,000). */
export function caseListUrls(baseUrl: string, n: number, seed: number): string[] {
  let x = seed;
  const rand = (k: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % k);
  const pick = <T>(list: readonly T[]) => list[rand(list.length)]!;
  const seen = new Set<string>();
  while (seen.size < n) {
    const params = new URLSearchParams();
    const country = pick(["", "", "XB", "XC", "XD", "XE"]);
    const status = pick(["", "", "IMPRISONED", "DETAINED", "RELEASED", "HOUSE_ARREST", "PROBATION"]);
    const role = pick(["", "", "", "JOURNALIST", "LAWYER", "BLOGGER"]);
    if (country) params.set("country", country);
    if (status) params.set("status", status);
    if (role) params.set("role", role);
    params.set("sort", pick(CASE_SORT_KEYS));
    params.set("dir", pick(["asc", "desc"]));
    // Pages across the whole range of an unfiltered list, so deep ones are common.
    params.set("page", String(rand(10) === 0 ? 2000 : 1 + rand(rand(2) ? 40 : 4000)));
    seen.add(`${baseUrl}/en/cases?${params}`);
  }
  return [...seen];
}

export async function benchMisses(baseUrl: string, cases: number) {
  const at1M = cases >= 1_000_000;
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(", ");
  console.log(`\nCache misses (PUBLIC_CACHE=off), ${cases.toLocaleString("en")} cases; load average before: ${load()}`);
  const staticRun = async (connections: number) =>
    summary(
      await run(
        Array.from({ length: 300 }, () => `${baseUrl}/bench-static.html`),
        connections,
      ),
    );
  const static1 = await staticRun(1);
  const static16 = await staticRun(16);
  console.log(`Static file: p95 ${static1.p95.toFixed(1)} ms at 1 connection, ${static16.p95.toFixed(1)} ms at 16`);

  await run(caseListUrls(baseUrl, 20, 99), 1); // warm-up: first compilation of the page code
  const listTarget = at1M ? 100 : 50;
  line("/cases random, 1 connection", await run(caseListUrls(baseUrl, 400, 1), 1), listTarget, static1.p95);
  line("/cases random, 16 connections", await run(caseListUrls(baseUrl, 800, 2), 16), listTarget, static16.p95);
  line(
    "/cases page 2,000, no filter",
    await run(
      CASE_SORT_KEYS.flatMap((s) => [
        `${baseUrl}/en/cases?sort=${s}&page=2000`,
        `${baseUrl}/en/cases?sort=${s}&dir=desc&page=2000`,
      ]),
      1,
    ),
    listTarget,
    static1.p95,
  );

  const pageTarget = at1M ? 200 : 100;
  const n = 40;
  const slug = (i: number) => `synthetic-${(i * 7919) % cases}`;
  line(
    "Country page, XC (a third of all cases)",
    await run(
      Array.from({ length: n }, (_, i) => `${baseUrl}/${i % 2 ? "ru" : "en"}/countries/XC`),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  line(
    "Home page",
    await run(
      Array.from({ length: n }, (_, i) => `${baseUrl}/${i % 2 ? "ru" : "en"}`),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  line(
    "Search page",
    await run(
      Array.from(
        { length: n },
        (_, i) =>
          `${baseUrl}/en/search?q=${encodeURIComponent(["Kar", "Mirov", "Timur Bek", "Джур", "Saida"][i % 5]!)}${i}`,
      ),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  line(
    "Case page",
    await run(
      Array.from({ length: n }, (_, i) => `${baseUrl}/en/cases/${slug(i)}`),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  line(
    "Source page (cited by every case), first and later pages",
    await run(
      Array.from(
        { length: n },
        (_, i) => `${baseUrl}/en/sources/synthetic-source${i % 2 ? `?after=syn-${(i * 7919) % cases}-q` : ""}`,
      ),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  line(
    "Countries page",
    await run(
      Array.from({ length: 10 }, () => `${baseUrl}/en/countries`),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  // The statistics page is a row per status, role, year and range of time in detention at any size, so it is
  // held to the same target as the other pages: the present, and past dates (each a distinct query).
  line(
    "Statistics page, all countries and XC, today and as of past dates",
    await run(
      Array.from(
        { length: 12 },
        (_, i) =>
          `${baseUrl}/${i % 2 ? "ru" : "en"}/statistics${[``, `?country=XC`, `?asOf=${2012 + i}-06-30`][i % 3]}`,
      ),
      1,
    ),
    pageTarget,
    static1.p95,
  );
  line(
    "Printable briefing, XC, first 1,000 cases",
    await run(
      Array.from({ length: 3 }, () => `${baseUrl}/en/countries/XC/briefing`),
      1,
    ),
    null,
    static1.p95,
  );

  for (const format of ["pdf", "docx"] as const) {
    const samples = await run(
      Array.from({ length: 3 }, () => `${baseUrl}/api/briefings/XC?format=${format}&locale=en`),
      1,
    );
    const s = summary(samples);
    const target = format === "pdf" ? 2000 : 1000;
    console.log(
      `Briefing ${format.toUpperCase()} over HTTP, XC (${Math.round(cases / 3).toLocaleString("en")} cases, first 1,000 listed): median ${s.p50.toFixed(0)} ms, max ${Math.max(...samples.map((x) => x.ms)).toFixed(0)} ms (target ≤ ${target} ms)${s.p50 <= target ? " — met" : " — MISSED"}; ${s.maxKb.toFixed(0)} kB${s.errors ? `; ${s.errors} errors` : ""}`,
    );
  }
  console.log(`Load average after: ${load()}`);
}
