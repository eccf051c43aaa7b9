// The database half of three page misses (issue 14), in-process and uncached: the source page cited by every
// case (first and later pages), the statistics as of past dates, and the search page's reads. Separates each
// read from rendering, whose time the HTTP figures in misses.ts add.
import { getSourcePage } from "@/lib/server/public/get-source-page";
import { getStatistics } from "@/lib/server/public/get-statistics";
import { searchBiographies } from "@/lib/server/public/search-biographies";
import { searchPeople } from "@/lib/server/public/search-people";

async function time(label: string, runs: number, target: number, read: (i: number) => Promise<unknown>) {
  await read(runs); // warm-up: connections and the first plan of each statement
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await read(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  console.log(
    `${label}, in-process, ${runs} reads: p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms (target ≤ ${target} ms)${p(0.95) <= target ? " — met" : " — MISSED"}`,
  );
}

export async function benchPagesDatabase(cases: number) {
  const target = cases >= 1_000_000 ? 200 : 100;
  await time("Source page (cited by every case), first and later pages", 40, target, (i) =>
    getSourcePage("synthetic-source", i % 2 ? `syn-${(i * 7919) % cases}-q` : null),
  );
  await time("Statistics as of past dates", 6, target, (i) =>
    getStatistics({ asOf: new Date(Date.UTC(2012 + (i % 12), 5, 30)) }),
  );
  // The search page's two reads, as it makes them: 50 people and the biographies.
  await time("Search page (people and biographies)", 40, target, (i) => {
    const q = `${["Kar", "Mirov", "Timur Bek", "Джур", "Saida"][i % 5]}${i}`;
    return Promise.all([searchPeople(q, 50), searchBiographies(q)]);
  });
}
