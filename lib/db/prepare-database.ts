// Brings a database up to date: pending migrations, missing search keys, and on a brand-new database whatever the
// caller fills it with. Used at PGlite start-up (which passes the seed), where nobody runs setup commands.
import { createPrismaClient, type Db } from "./create-client";
import { applyMigrations, type MigrationResult } from "./migrations";
import { migrationsDir } from "./paths";
import type { DatabaseTarget } from "./target";
import { backfillNameKeys } from "@/lib/search/backfill-name-keys";

export type PrepareReport = { appliedMigrations: number; seededCases: number; filledSearchKeys: number };

/** Fills a database that has just been created, and says how many cases it wrote. The caller passes it in, so
 *  this layer does not depend on the seed data. */
export type FillNewDatabase = (db: Db) => Promise<{ cases: number }>;

/** Pending migrations, then search keys for names written before search existed: `npm run db:migrate`. */
export async function upgradeDatabase(
  target: DatabaseTarget,
): Promise<{ migrations: MigrationResult; filledSearchKeys: number }> {
  const migrations = await applyMigrations(target, migrationsDir);
  return { migrations, filledSearchKeys: await backfillNameKeys(target) };
}

export async function prepareDatabase(target: DatabaseTarget, fillNew: FillNewDatabase): Promise<PrepareReport> {
  const { migrations, filledSearchKeys } = await upgradeDatabase(target);
  const isNew = migrations.alreadyApplied.length === 0;
  if (!isNew) return { appliedMigrations: migrations.applied.length, seededCases: 0, filledSearchKeys };
  const db = createPrismaClient(target);
  try {
    const filled = await fillNew(db);
    return { appliedMigrations: migrations.applied.length, seededCases: filled.cases, filledSearchKeys };
  } finally {
    await db.$disconnect();
  }
}
