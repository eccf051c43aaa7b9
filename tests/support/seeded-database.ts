// A throwaway database with every migration applied and the curated seed written.
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { closePglite } from "@/lib/db/pglite";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "./database";

export async function createSeededDatabase<T extends TestDatabase>(
  label: string,
  create: (label: string) => Promise<T> = createTestDatabase as (label: string) => Promise<T>,
): Promise<T> {
  const database = await create(label);
  await applyMigrations(database.target, migrationsDir);
  const db = createPrismaClient(database.target);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
    // The test files open the folder from their own processes, so this one must let go of it.
    if (database.target.driver === "pglite") await closePglite(database.target.dataDir);
  }
  return database;
}
