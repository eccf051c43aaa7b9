// A production server of a test file's own, on its own seeded database, for tests that attack the server
// or exhaust its limits and so must not share the e2e suite's server. Uses the build the suite made.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { createServerTestDatabase } from "./database";
import { createSeededDatabase } from "./seeded-database";
import { freePort, startAppServer, type AppServer } from "./server-process";
import { createStaffAccounts, type StaffAccounts } from "./staff-accounts";

export type DedicatedServer = { baseUrl: string; staff: StaffAccounts; output: () => string };

export function useDedicatedServer(label: string, env: Record<string, string> = {}): () => DedicatedServer {
  let server: AppServer | undefined;
  let drop: (() => Promise<void>) | undefined;
  let ready: DedicatedServer | undefined;
  beforeAll(async () => {
    const database = await createSeededDatabase(label, createServerTestDatabase);
    drop = database.drop;
    const staff = await createStaffAccounts(database.target);
    server = await startAppServer(
      { DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), ...env },
      await freePort(),
    );
    ready = { baseUrl: server.baseUrl, staff, output: server.output };
  }, 120_000);
  afterAll(async () => {
    if (server?.process.pid && server.process.exitCode === null) {
      const exited = new Promise((resolve) => server!.process.once("exit", resolve));
      process.kill(-server.process.pid, "SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await drop?.();
  });
  return () => {
    if (!ready) throw new Error("The server starts in beforeAll; use it inside a test.");
    return ready;
  };
}
