// One fresh, migrated and seeded database for the integration run; dropped at the end.
import type { TestProject } from "vitest/node";
import { createSeededDatabase } from "./seeded-database";
import type { StaffAccounts } from "./staff-accounts";

export default async function setup(project: TestProject) {
  const database = await createSeededDatabase("int");
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    baseUrl: string;
    staff: StaffAccounts;
  }
}
