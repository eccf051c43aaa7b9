// The migration runner against the real server: applies once, records like Prisma, refuses edited history.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, checksumOf, readMigrationFiles } from "@/lib/db/migrations";
import { migrationsDir, projectRoot } from "@/lib/db/paths";
import { createTestDatabase, type TestDatabase } from "../support/database";

const run = promisify(execFile);
const created: TestDatabase[] = [];

async function freshDatabase() {
  const database = await createTestDatabase("mig");
  created.push(database);
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(tmpdir(), "habeas-migrations-"));
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

afterEach(async () => {
  await Promise.all(created.splice(0).map((d) => d.drop()));
});

describe("migration runner", () => {
  it("migrates an empty database, then does nothing on a second run", async () => {
    const db = await freshDatabase();
    const names = (await readMigrationFiles(migrationsDir)).map((f) => f.name);
    expect(await applyMigrations(db.url, migrationsDir)).toEqual({ applied: names, alreadyApplied: [] });
    expect(await applyMigrations(db.url, migrationsDir)).toEqual({ applied: [], alreadyApplied: names });
  });

  it("records each migration as Prisma does, with the file's sha256", async () => {
    const db = await freshDatabase();
    await applyMigrations(db.url, migrationsDir);
    const rows = await query<{ migration_name: string; checksum: string; applied_steps_count: number; finished_at: Date | null }>(
      db.url,
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
    await applyMigrations(db.url, dir);
    const [first] = await readMigrationFiles(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited\n`);
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/was modified after it was applied/);
  });

  it("rolls back a failing migration whole and records nothing for it", async () => {
    const db = await freshDatabase();
    const dir = await copyOfMigrations();
    await mkdir(path.join(dir, "99991231000000_broken"));
    await writeFile(
      path.join(dir, "99991231000000_broken", "migration.sql"),
      `CREATE TABLE half_done (id int);\nSELECT no_such_function();\n`,
    );
    await expect(applyMigrations(db.url, dir)).rejects.toThrow(/99991231000000_broken failed and was rolled back/);
    const tables = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'half_done'`);
    expect(tables[0]?.n).toBe(0);
    const recorded = await query<{ migration_name: string }>(db.url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((r) => r.migration_name)).not.toContain("99991231000000_broken");
  });

  it("lets only one of two concurrent runs apply each migration", async () => {
    const db = await freshDatabase();
    const [a, b] = await Promise.all([applyMigrations(db.url, migrationsDir), applyMigrations(db.url, migrationsDir)]);
    const files = await readMigrationFiles(migrationsDir);
    expect([...a.applied, ...b.applied].sort()).toEqual(files.map((f) => f.name).sort());
    const rows = await query<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]?.n).toBe(files.length);
  });

  it("runs as `npm run db:migrate` with a plain message and exit code", async () => {
    const db = await freshDatabase();
    const env = { ...process.env, DATABASE_URL: db.url };
    const first = await run("npx", ["tsx", "scripts/migrate.ts"], { cwd: projectRoot, env });
    expect(first.stdout).toMatch(/Applied \d{14}_init/);
    const second = await run("npx", ["tsx", "scripts/migrate.ts"], { cwd: projectRoot, env });
    expect(second.stdout).toMatch(/Database is up to date/);
    const missing = run("npx", ["tsx", "scripts/migrate.ts"], { cwd: projectRoot, env: { ...process.env, DATABASE_URL: "" } });
    await expect(missing).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/DATABASE_URL is required/) });
  });
});
