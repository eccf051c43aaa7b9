// `npm run db:migrate`: applies pending SQL migrations to DATABASE_URL.
import { applyMigrations, MigrationError } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { env } from "@/lib/env";
import { backfillNameKeys } from "@/lib/search/backfill-name-keys";
import { runScript } from "./run-script";

runScript(async () => {
  const result = await applyMigrations(env().DATABASE_URL, migrationsDir);
  if (result.applied.length === 0) {
    console.log(`Database is up to date (${result.alreadyApplied.length} migrations applied).`);
  } else {
    for (const name of result.applied) console.log(`Applied ${name}`);
  }
  const filled = await backfillNameKeys(env().DATABASE_URL);
  if (filled > 0) console.log(`Added search keys to ${filled} names.`);
}, [MigrationError]);
