// `npm run seed:synthetic -- --cases 100000`: fills a separate, clearly fake database for scale tests.
// The database comes from SYNTHETIC_DATABASE_URL (default: habeas_synthetic on the local server).
import { parseArgs } from "node:util";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { SYNTHETIC_DATABASE_URL, seedSynthetic, SyntheticRefused } from "@/lib/synthetic/seed-synthetic";
import { runScript } from "./run-script";
import { serverTarget } from "@/lib/db/target";

runScript(async () => {
  const { values } = parseArgs({ options: { cases: { type: "string", default: "100000" } } });
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 1 || cases > 5_000_000)
    throw new SyntheticRefused("--cases must be a whole number from 1 to 5,000,000");
  const url = SYNTHETIC_DATABASE_URL;
  if (url === process.env.DATABASE_URL)
    throw new SyntheticRefused("SYNTHETIC_DATABASE_URL must not be the application's DATABASE_URL.");
  const started = performance.now();
  await ensureDatabase(url);
  await applyMigrations(serverTarget(url), migrationsDir);
  await seedSynthetic(url, cases, console.log);
  console.log(
    `Added ${cases} synthetic cases to ${new URL(url).pathname.slice(1)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}, [SyntheticRefused]);
