// The database half of a /cases cache miss: the same random queries as the HTTP benchmark, through
// listPublicCases itself (no cache), at 1 and 16 concurrent calls. Separates the query from the page render.
import { listPublicCases } from "@/lib/server/public/list-cases";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { caseListUrls } from "./misses";

export async function benchListDatabase(cases: number) {
  const target = cases >= 1_000_000 ? 100 : 50;
  for (const connections of [1, 16]) {
    const queries = caseListUrls("http://x", connections === 1 ? 400 : 800, 3 + connections).map(
      (u) => parseCaseListQuery(Object.fromEntries(new URL(u).searchParams)).query,
    );
    const times: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (next < queries.length) {
          const query = queries[next++]!;
          const started = performance.now();
          await listPublicCases(query);
          times.push(performance.now() - started);
        }
      }),
    );
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(
      `/cases query in the database (count + page), random, ${connections} concurrent: p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms (target ≤ ${target} ms)${p(0.95) <= target ? " — met" : " — MISSED"}`,
    );
  }
}
