// The benchmarks' database: synthetic, separate from the real seed, filled to the wanted size on first use.
import pg from "pg";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { backfillNameKeys } from "@/lib/search/backfill-name-keys";
import { seedSynthetic } from "@/lib/synthetic/seed-synthetic";
import { serverTarget } from "@/lib/db/target";

export const SYNTHETIC_URL = process.env.SYNTHETIC_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/habeas_synthetic";

export async function syntheticDatabase(cases: number): Promise<string> {
  await ensureDatabase(SYNTHETIC_URL);
  await applyMigrations(serverTarget(SYNTHETIC_URL), migrationsDir);
  await backfillNameKeys(serverTarget(SYNTHETIC_URL));
  const client = new pg.Client({ connectionString: SYNTHETIC_URL });
  await client.connect();
  const have = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE id LIKE 'syn-%'`)).rows[0]!.n;
  await client.end();
  if (have < cases) {
    console.log(`Seeding ${cases - have} synthetic cases…`);
    await seedSynthetic(SYNTHETIC_URL, cases - have);
  }
  return SYNTHETIC_URL;
}
