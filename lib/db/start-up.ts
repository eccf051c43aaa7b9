// Runs once when the Next.js server starts. On PGlite nobody runs setup commands, so the server migrates
// and seeds its own folder, says how long that took, and closes the folder cleanly when it is stopped.
import { DataDirInUseError } from "./data-dir-lock";
import { prepareDatabase, type FillNewDatabase, type PrepareReport } from "./prepare-database";
import { closeAllPglite } from "./pglite";
import { databaseTarget, describeTarget } from "./target";

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

function closeOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      closeAllPglite()
        .then(() => console.log("Database closed."))
        .finally(() => process.exit(EXIT_CODES[signal]));
    });
  }
}

/** `fillNew` is what a brand-new folder is filled with (instrumentation.ts passes the seed). */
export async function startDatabase(fillNew: FillNewDatabase): Promise<void> {
  const target = databaseTarget();
  if (target.driver !== "pglite") return;
  const started = performance.now();
  closeOnSignals();
  let report: PrepareReport;
  try {
    report = await prepareDatabase(target, fillNew);
  } catch (error) {
    // A second server on the same folder must not linger half-started: it says why and stops.
    if (!(error instanceof DataDirInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const work = [
    report.appliedMigrations ? `applied ${report.appliedMigrations} migrations` : "",
    report.seededCases ? `seeded ${report.seededCases} cases` : "",
  ].filter(Boolean);
  console.log(
    `Database: ${describeTarget(target)}, ready in ${seconds} s${work.length ? ` (${work.join(", ")})` : ""}.`,
  );
}
