// One fresh, migrated and seeded database for the integration run; dropped at the end.
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase } from "./database";

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("int");
  await applyMigrations(database.url, migrationsDir);
  const db = createPrismaClient(database.url);
  await seedDatabase(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    baseUrl: string;
  }
}
