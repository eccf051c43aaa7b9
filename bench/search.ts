// Name search benchmark: p50 and p95 through the HTTP endpoint, and the same lookups in the database with
// trigram search keys versus a plain ILIKE '%q%' over names and aliases.
import pg from "pg";
import { nameKey } from "@/lib/search/name-key";
import { syntheticName } from "@/lib/synthetic/names";

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function queries(n: number): string[] {
  // Real spellings people type: the Cyrillic form, a romanisation variant, a fragment of the surname.
  return Array.from({ length: n }, (_, i) => {
    const name = syntheticName((i * 7919) % 100_000);
    return [name.cyrillic, name.romanised.toLowerCase(), name.latin.split(" ")[1]!][i % 3]!;
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export async function benchSearch(baseUrl: string, databaseUrl: string) {
  const qs = queries(300);
  for (const q of qs.slice(0, 20)) await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}`);
  const http: number[] = [];
  for (const q of qs)
    http.push(
      await timed(() => fetch(`${baseUrl}/api/search?q=${encodeURIComponent(q)}&limit=8`).then((r) => r.text())),
    );
  http.sort((a, b) => a - b);
  console.log(
    `Search over HTTP (${qs.length} queries): p50 ${percentile(http, 50).toFixed(1)} ms, p95 ${percentile(http, 95).toFixed(1)} ms (target p95 ≤ 30 ms)`,
  );

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sample = qs.slice(0, 60);
  const trigram: number[] = [];
  const ilike: number[] = [];
  const names = `(SELECT id AS person_id, search_name FROM person UNION ALL SELECT person_id, search_name FROM person_alias) n`;
  for (const q of sample) {
    const key = nameKey(q);
    // As the search box does it: the spelling's key as a substring, and trigram similarity only if that finds no one.
    trigram.push(
      await timed(async () => {
        const exact = await client.query(
          `SELECT DISTINCT person_id FROM ${names} WHERE search_name LIKE '%' || $1 || '%' LIMIT 50`,
          [key],
        );
        if (exact.rowCount === 0)
          await client.query(`SELECT DISTINCT person_id FROM ${names} WHERE $1 <% search_name LIMIT 50`, [key]);
      }),
    );
    ilike.push(
      await timed(() =>
        client.query(
          `SELECT DISTINCT p.id FROM person p LEFT JOIN person_alias a ON a.person_id = p.id
       WHERE p.full_name ILIKE '%' || $1 || '%' OR a.name ILIKE '%' || $1 || '%' LIMIT 50`,
          [q],
        ),
      ),
    );
  }
  await client.end();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `Search in the database: trigram keys ${mean(trigram).toFixed(1)} ms, plain ILIKE ${mean(ilike).toFixed(1)} ms on average: ${(mean(ilike) / mean(trigram)).toFixed(1)}× faster (target ≥ 10×)`,
  );
}
