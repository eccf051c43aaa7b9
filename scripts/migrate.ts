// `npm run db:migrate`: applies pending SQL migrations to the configured database.
import { applyMigrations, MigrationError } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { backfillNameKeys } from "@/lib/search/backfill-name-keys";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  const result = await applyMigrations(target, migrationsDir);
  if (result.applied.length === 0) {
    console.log(`${describeTarget(target)} is up to date (${result.alreadyApplied.length} migrations applied).`);
  } else {
    for (const name of result.applied) console.log(`Applied ${name}`);
  }
  const filled = await backfillNameKeys(target);
  if (filled > 0) console.log(`Added search keys to ${filled} names.`);
}, [MigrationError]);
