// A throwaway database with every migration applied and the curated seed written.
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "./database";

export async function createSeededDatabase(label: string): Promise<TestDatabase> {
  const database = await createTestDatabase(label);
  await applyMigrations(database.url, migrationsDir);
  const db = createPrismaClient(database.url);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
  return database;
}
