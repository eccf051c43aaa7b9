// Runs a command-line entry point: expected errors print their message alone, anything else its stack; both exit 1.
type ErrorClass = new (...args: never[]) => Error;

export function runScript(main: () => Promise<void>, expected: ErrorClass[] = []): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const isExpected = expected.some((cls) => error instanceof cls) || (error instanceof Error && error.message.startsWith("Invalid environment"));
      console.error(isExpected && error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
