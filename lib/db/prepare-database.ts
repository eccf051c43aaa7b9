// Brings a database up to date: pending migrations, missing search keys, and on a brand-new database the
// curated seed (plus demo accounts when asked). Used at PGlite start-up, where nobody runs setup commands.
import { createPrismaClient } from "./create-client";
import { applyMigrations, type MigrationResult } from "./migrations";
import { migrationsDir } from "./paths";
import type { DatabaseTarget } from "./target";
import { backfillNameKeys } from "@/lib/search/backfill-name-keys";
import { seedDatabase } from "@/lib/seed/seed-database";
import { seedDemoUsers } from "@/lib/seed/seed-demo-users";

export type PrepareReport = { appliedMigrations: number; seededCases: number; filledSearchKeys: number };

/** Pending migrations, then search keys for names written before search existed: `npm run db:migrate`. */
export async function upgradeDatabase(
  target: DatabaseTarget,
): Promise<{ migrations: MigrationResult; filledSearchKeys: number }> {
  const migrations = await applyMigrations(target, migrationsDir);
  return { migrations, filledSearchKeys: await backfillNameKeys(target) };
}

export async function prepareDatabase(target: DatabaseTarget, options: { demoUsers: boolean }): Promise<PrepareReport> {
  const { migrations, filledSearchKeys } = await upgradeDatabase(target);
  const isNew = migrations.alreadyApplied.length === 0;
  if (!isNew) return { appliedMigrations: migrations.applied.length, seededCases: 0, filledSearchKeys };
  const db = createPrismaClient(target);
  try {
    const seeded = await seedDatabase(db);
    if (options.demoUsers) await seedDemoUsers(db);
    return { appliedMigrations: migrations.applied.length, seededCases: seeded.cases ?? 0, filledSearchKeys };
  } finally {
    await db.$disconnect();
  }
}
