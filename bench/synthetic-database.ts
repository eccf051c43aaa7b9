// The benchmarks' database: synthetic, separate from the real seed, filled to the wanted size on first use.
import pg from "pg";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { upgradeDatabase } from "@/lib/db/prepare-database";
import { SYNTHETIC_DATABASE_URL, seedSynthetic } from "@/lib/synthetic/seed-synthetic";
import { serverTarget } from "@/lib/db/target";

export async function syntheticDatabase(cases: number): Promise<string> {
  await ensureDatabase(SYNTHETIC_DATABASE_URL);
  await upgradeDatabase(serverTarget(SYNTHETIC_DATABASE_URL));
  const client = new pg.Client({ connectionString: SYNTHETIC_DATABASE_URL });
  await client.connect();
  const have = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE id LIKE 'syn-%'`))
    .rows[0]!.n;
  await client.end();
  if (have < cases) {
    console.log(`Seeding ${cases - have} synthetic cases…`);
    await seedSynthetic(SYNTHETIC_DATABASE_URL, cases - have);
  }
  return SYNTHETIC_DATABASE_URL;
}
