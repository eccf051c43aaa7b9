// One fresh, migrated and seeded database for the integration run; dropped at the end.
import type { TestProject } from "vitest/node";
import { createTestDatabase, driverNamed } from "./database";
import { createSeededDatabase } from "./seeded-database";
import type { StaffAccounts } from "./staff-accounts";

export default async function setup(project: TestProject) {
  // Global setup runs in the main process, which does not get the project's test environment.
  const driver = driverNamed(project.config.env.HABEAS_TEST_DRIVER);
  const database = await createSeededDatabase("int", (label) => createTestDatabase(label, driver));
  project.provide("databaseEnv", database.env);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseEnv: Record<string, string>;
    baseUrl: string;
    staff: StaffAccounts;
  }
}
