// The migration runner on the suite's driver: applies once, records like Prisma, refuses edited history.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, checksumOf, readMigrationFiles } from "@/lib/db/migrations";
import { migrationsDir, projectRoot } from "@/lib/db/paths";
import { withSqlConnection } from "@/lib/db/sql-connection";
import type { DatabaseTarget } from "@/lib/db/target";
import { createTestDatabase, TEST_DRIVER, type TestDatabase } from "../support/database";

const run = promisify(execFile);
const created: TestDatabase[] = [];

async function freshDatabase() {
  const database = await createTestDatabase("mig");
  created.push(database);
  return database;
}

function query<T>(target: DatabaseTarget, sql: string): Promise<T[]> {
  return withSqlConnection(target, (connection) => connection.query<T>(sql));
}

async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(tmpdir(), "habeas-migrations-"));
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

afterEach(async () => {
  await Promise.all(created.splice(0).map((d) => d.drop()));
});

// Each test migrates a fresh database from empty: on PGlite that is 15-40 s of WebAssembly PostgreSQL on a
// busy two-core machine, so the suite default of 30 s is too short for an honest run.
describe("migration runner", { timeout: 120_000 }, () => {
  it("migrates an empty database, then does nothing on a second run", async () => {
    const db = await freshDatabase();
    const names = (await readMigrationFiles(migrationsDir)).map((f) => f.name);
    expect(await applyMigrations(db.target, migrationsDir)).toEqual({ applied: names, alreadyApplied: [] });
    expect(await applyMigrations(db.target, migrationsDir)).toEqual({ applied: [], alreadyApplied: names });
  });

  it("records each migration as Prisma does, with the file's sha256", async () => {
    const db = await freshDatabase();
    await applyMigrations(db.target, migrationsDir);
    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      db.target,
      `SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = await readMigrationFiles(migrationsDir);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      files.map((f) => [f.name, checksumOf(f.sql), 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it("refuses to run when an applied migration's SQL has been edited", async () => {
    const db = await freshDatabase();
    const dir = await copyOfMigrations();
    await applyMigrations(db.target, dir);
    const [first] = await readMigrationFiles(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited\n`);
    await expect(applyMigrations(db.target, dir)).rejects.toThrow(/was modified after it was applied/);
  });

  it("rolls back a failing migration whole and records nothing for it", async () => {
    const db = await freshDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "99991231000000_broken"));
    await writeFile(
      path.join(dir, "99991231000000_broken", "migration.sql"),
      `CREATE TABLE half_done (id int);\nSELECT no_such_function();\n`,
    );
    await expect(applyMigrations(db.target, dir)).rejects.toThrow(/99991231000000_broken failed and was rolled back/);
    const tables = await query<{ n: number }>(
      db.target,
      `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'half_done'`,
    );
    expect(tables[0]?.n).toBe(0);
    const recorded = await query<{ migration_name: string }>(
      db.target,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(recorded.map((r) => r.migration_name)).not.toContain("99991231000000_broken");
  });

  // Two processes can never open one PGlite folder (the lock file test below), so this is a server matter.
  it.skipIf(TEST_DRIVER === "pglite")("lets only one of two concurrent runs apply each migration", async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([
      applyMigrations(db.target, migrationsDir),
      applyMigrations(db.target, migrationsDir),
    ]);
    const files = await readMigrationFiles(migrationsDir);
    expect([...a.applied, ...b.applied].sort()).toEqual(files.map((f) => f.name).sort());
    const rows = await query<{ n: number }>(db.target, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]?.n).toBe(files.length);
  });

  it("runs as `npm run db:migrate` with a plain message and exit code", async () => {
    const db = await freshDatabase();
    const env = { ...process.env, ...db.env };
    const first = await run("npx", ["tsx", "scripts/migrate.ts"], { cwd: projectRoot, env });
    expect(first.stdout).toMatch(/Applied \d{14}_init/);
    const second = await run("npx", ["tsx", "scripts/migrate.ts"], { cwd: projectRoot, env });
    expect(second.stdout).toMatch(/is up to date \(\d+ migrations applied\)/);
    const malformed = run("npx", ["tsx", "scripts/migrate.ts"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: "mysql://localhost/habeas" },
    });
    await expect(malformed).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/DATABASE_URL must be a postgresql:\/\/ connection URL/),
    });
  });

  it.runIf(TEST_DRIVER === "pglite")("refuses to open a PGlite folder that another process holds", async () => {
    const db = await freshDatabase();
    await applyMigrations(db.target, migrationsDir);
    const env = { ...process.env, ...db.env };
    const refused = run("npx", ["tsx", "scripts/migrate.ts"], { cwd: projectRoot, env });
    await expect(refused).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(new RegExp(`in use by process ${process.pid}.*stop the server`, "s")),
    });
  });
});
