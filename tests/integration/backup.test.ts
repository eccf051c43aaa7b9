// `npm run db:backup` and `db:restore` on the suite's driver: a round trip keeps every row, and a PGlite
// backup moves into a PostgreSQL server unchanged.
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintTables, fingerprintViews } from "@/lib/db/backup/fingerprint";
import { projectRoot } from "@/lib/db/paths";
import { closePglite } from "@/lib/db/pglite";
import { withSqlConnection } from "@/lib/db/sql-connection";
import {
  copyTestDatabase,
  createServerTestDatabase,
  createTestDatabase,
  TEST_DRIVER,
  type TestDatabase,
} from "../support/database";
import { createSeededDatabase } from "../support/seeded-database";

const run = promisify(execFile);
const created: TestDatabase[] = [];
const backups = await mkdtemp(path.join(tmpdir(), "habeas-backups-"));
// Tsx itself rather than through npx, which adds seconds of start-up to every script under load.
const TSX = path.join(projectRoot, "node_modules", ".bin", "tsx");
// Migrated and seeded once; each test works on its own copy, so no test sees another's changes.
let seeded: TestDatabase;

async function track<T extends TestDatabase>(database: Promise<T>): Promise<T> {
  created.push(await database);
  return database;
}

function npmScript(script: string, args: string[], database: TestDatabase) {
  return run(TSX, [script, ...args], { cwd: projectRoot, env: { ...process.env, ...database.env } });
}

async function fingerprint(database: TestDatabase) {
  const tables = await withSqlConnection(database.target, async (connection) => ({
    tables: await fingerprintTables(connection),
    // The as-of views (status_event_report, status_event_time) are schema too: a restore without them breaks every page.
    views: await fingerprintViews(connection),
  }));
  // Each file's process lets go of a PGlite folder before a script opens it.
  if (database.target.driver === "pglite") await closePglite(database.target.dataDir);
  return tables;
}

// Seeding PGlite took over 60 s when the two-core machine ran several suites at once.
beforeAll(async () => {
  seeded = await track(createSeededDatabase("bkseed"));
}, 180_000);

afterAll(async () => {
  await Promise.all(created.map((d) => d.drop()));
  await rm(backups, { recursive: true, force: true });
});

// Each test boots a database three to five times in separate processes (backup, restore, fingerprints): about
// 12 s of CPU on PGlite, which took 28-47 s of wall time on a two-core machine running several suites at once.
describe("backup and restore", { timeout: 180_000 }, () => {
  it("restores a backup into an empty database with the same rows and content", async () => {
    const source = await track(copyTestDatabase(seeded, "bksrc"));
    const file = path.join(backups, "round-trip");
    const backedUp = await npmScript("scripts/backup.ts", ["--out", file], source);
    expect(backedUp.stdout).toContain(`to ${file}`);
    // It holds the confidential fields, so only its owner may read it.
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const target = await track(createTestDatabase("bkdst"));
    const restored = await npmScript("scripts/restore.ts", [file], target);
    const before = await fingerprint(source);
    // Every table of the source, the migrations' bookkeeping included, and the two views that place statuses in time.
    const tables = before.tables.length;
    expect(tables).toBeGreaterThanOrEqual(25);
    expect(restored.stdout).toMatch(new RegExp(`Restored .*: ${tables} tables, 2 views, \\d+ rows\\.`));

    expect(before.tables.find((t) => t.table === "person")?.rows).toBe(29);
    expect(before.views.map((v) => v.table)).toEqual(["status_event_report", "status_event_time"]);
    expect(before.views.find((v) => v.table === "status_event_time")?.rows).toBeGreaterThan(0);
    expect(await fingerprint(target)).toEqual(before);
  });

  it("refuses to restore over a database that already has data, and changes nothing", async () => {
    const source = await track(copyTestDatabase(seeded, "bkfull"));
    const file = path.join(backups, "over-full");
    await npmScript("scripts/backup.ts", ["--out", file], source);
    const before = await fingerprint(source);
    const refused = npmScript("scripts/restore.ts", [file], source);
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already has tables/) });
    expect(await fingerprint(source)).toEqual(before);
  });

  it.runIf(TEST_DRIVER === "pglite")("moves a PGlite database to a PostgreSQL server with one restore", async () => {
    const source = await track(copyTestDatabase(seeded, "bkmove"));
    const file = path.join(backups, "move.sql");
    await npmScript("scripts/backup.ts", ["--out", file], source);
    const server = await track(createServerTestDatabase("bkmove"));
    await npmScript("scripts/restore.ts", [file], server);
    expect(await fingerprint(server)).toEqual(await fingerprint(source));
  });
});
