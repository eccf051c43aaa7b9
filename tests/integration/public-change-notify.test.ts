// Every server drops its caches when any of them commits a change: the database sends NOTIFY from a trigger on
// each table public pages are built from, at commit only, and the listener hears it on either driver.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenForPublicChanges, type ChangeListener } from "@/lib/cache/public-change-listener";
import { createPrismaClient } from "@/lib/db/create-client";
import { withSqlConnection } from "@/lib/db/sql-connection";
import { databaseTarget } from "@/lib/db/target";

const db = createPrismaClient(databaseTarget());
let heard = 0;
let listener: ChangeListener;

/** Tables no public page, feed, export or API reads: a write to them must not flush every server's cache. */
const STAFF_ONLY_TABLES = [
  "_prisma_migrations",
  "audit_log",
  "change_request",
  "import_batch",
  "login_attempt",
  "recovery_code",
  "user",
  "user_token",
];

/** Tables public pages read that only ever change as the result of a change to a table that notifies (the
 *  stored statistics, drained from the statistics queue on the next read): notifying again would only flush the
 *  caches a second time. */
const DERIVED_TABLES = ["case_statistic", "country_statistic", "statistics_stale"];

async function settle(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

async function heardWithin(ms: number, since: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (heard > since) return true;
    await settle(10);
  }
  return heard > since;
}

beforeAll(async () => {
  listener = await listenForPublicChanges(databaseTarget(), () => heard++);
  await settle();
});
afterAll(async () => {
  await listener.close();
  await db.$disconnect();
});

describe("public change notices", () => {
  it("are heard when a change to a public table commits", async () => {
    const before = heard;
    await db.$executeRaw`UPDATE person SET biography = biography WHERE slug = 'soltan-achilova'`;
    expect(await heardWithin(1000, before)).toBe(true);
  });

  it("are heard when a setting changes, since the About page shows the organisation settings", async () => {
    await settle();
    const before = heard;
    await db.$executeRaw`UPDATE setting SET value = value`;
    expect(await heardWithin(1000, before)).toBe(true);
  });

  it("are not sent for a rolled-back change, nor for staff-only tables", async () => {
    await settle();
    const before = heard;
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "case" SET summary = 'never committed' WHERE id = (SELECT id FROM "case" LIMIT 1)`;
        throw new Error("roll back");
      })
      .catch(() => undefined);
    await db.$executeRaw`UPDATE "user" SET name = name WHERE false`;
    await db.$executeRaw`DELETE FROM login_attempt WHERE false`;
    expect(await heardWithin(400, before)).toBe(false);
  });

  it("cover every table except the named staff-only ones, so a new table must be classified", async () => {
    const rows = await withSqlConnection(databaseTarget(), (sql) =>
      sql.query<{ table_name: string; notifies: boolean }>(
        `SELECT c.relname AS table_name,
                EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'notify_public_change') AS notifies
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
      ),
    );
    const unclassified = rows
      .filter((row) => !row.notifies && ![...STAFF_ONLY_TABLES, ...DERIVED_TABLES].includes(row.table_name))
      .map((row) => row.table_name);
    expect(unclassified, "tables that neither notify nor are listed as staff-only or derived").toEqual([]);
    const notifyingStaffTables = rows
      .filter((row) => row.notifies && STAFF_ONLY_TABLES.includes(row.table_name))
      .map((row) => row.table_name);
    expect(notifyingStaffTables).toEqual([]);
  });
});
