// Runs a command-line entry point: expected errors print their message alone, anything else its stack; both exit 1.
// An embedded database the script opened is closed before the process exits, so its folder is left consistent.
import { DataDirInUseError } from "@/lib/db/data-dir-lock";
import { closeAllPglite } from "@/lib/db/pglite";
import { loadEnvFile } from "./load-env-file";

type ErrorClass = new (...args: never[]) => Error;

export function runScript(main: () => Promise<void>, expected: ErrorClass[] = []): void {
  loadEnvFile();
  const known = [DataDirInUseError, ...expected];
  main()
    .then(
      () => (typeof process.exitCode === "number" ? process.exitCode : 0),
      (error: unknown) => {
        const isExpected =
          known.some((cls) => error instanceof cls) ||
          (error instanceof Error && error.message.startsWith("Invalid environment"));
        console.error(isExpected && error instanceof Error ? error.message : error);
        return 1;
      },
    )
    .then(async (code) => {
      await closeAllPglite();
      process.exit(code);
    });
}
