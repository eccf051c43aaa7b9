// Throwaway databases for tests: a new database on the real server, or a new PGlite folder when the
// integration suite runs on the embedded driver (HABEAS_TEST_DRIVER=pglite).
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { closePglite } from "@/lib/db/pglite";
import { withSqlConnection } from "@/lib/db/sql-connection";
import { type DatabaseTarget, pgliteTarget, serverTarget } from "@/lib/db/target";

export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDriver = DatabaseTarget["driver"];

export function driverNamed(name: string | undefined): TestDriver {
  return name === "pglite" ? "pglite" : "postgres";
}

/** Set per vitest project; test files see it in their environment. */
export const TEST_DRIVER = driverNamed(process.env.HABEAS_TEST_DRIVER);

export type TestDatabase = {
  target: DatabaseTarget;
  /** Environment variables that point a child process (a script, a server) at this database. */
  env: Record<string, string>;
  drop: () => Promise<void>;
};

function adminQuery(sql: string): Promise<unknown> {
  return withSqlConnection(serverTarget(ADMIN_URL), (admin) => admin.exec(sql));
}

/** A new database on the server, empty or a copy of `template` (which nothing may have open). */
export async function createServerTestDatabase(
  label: string,
  template?: string,
): Promise<TestDatabase & { url: string }> {
  const name = `habeas_test_${label}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    target: serverTarget(url.toString()),
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).then(() => undefined),
  };
}

export async function createPgliteTestDatabase(label: string): Promise<TestDatabase & { dataDir: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `habeas_test_${label}_`));
  return {
    dataDir,
    target: pgliteTarget(dataDir),
    env: { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir },
    drop: async () => {
      await closePglite(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function createTestDatabase(label: string, driver: TestDriver = TEST_DRIVER): Promise<TestDatabase> {
  return driver === "pglite" ? createPgliteTestDatabase(label) : createServerTestDatabase(label);
}

/**
 * A copy of a database, much faster than migrating and seeding another one: the server copies it from a
 * template, and a PGlite folder is copied once this process has let go of it.
 */
export async function copyTestDatabase(source: TestDatabase, label: string): Promise<TestDatabase> {
  if (source.target.driver === "pglite") {
    await closePglite(source.target.dataDir);
    const copy = await createPgliteTestDatabase(label);
    await cp(source.target.dataDir, copy.dataDir, { recursive: true });
    return copy;
  }
  return createServerTestDatabase(label, new URL(source.target.url).pathname.slice(1));
}
