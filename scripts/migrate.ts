// `npm run db:migrate`: applies pending SQL migrations to the configured database.
import { MigrationError } from "@/lib/db/migrations";
import { upgradeDatabase } from "@/lib/db/prepare-database";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { runScript } from "./run-script";

runScript(async () => {
  const target = databaseTarget();
  const { migrations, filledSearchKeys } = await upgradeDatabase(target);
  if (migrations.applied.length === 0) {
    console.log(`${describeTarget(target)} is up to date (${migrations.alreadyApplied.length} migrations applied).`);
  } else {
    for (const name of migrations.applied) console.log(`Applied ${name}`);
  }
  if (filledSearchKeys > 0) console.log(`Added search keys to ${filledSearchKeys} names.`);
}, [MigrationError]);
