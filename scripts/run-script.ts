// Runs a command-line entry point: expected errors print their message alone, anything else its stack; both exit 1.
import { existsSync } from "node:fs";

type ErrorClass = new (...args: never[]) => Error;

export function runScript(main: () => Promise<void>, expected: ErrorClass[] = []): void {
  // Values already in the environment win over .env, as with Next.js.
  if (existsSync(".env")) process.loadEnvFile(".env");
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const isExpected = expected.some((cls) => error instanceof cls) || (error instanceof Error && error.message.startsWith("Invalid environment"));
      console.error(isExpected && error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
