// The seed is one transaction; on a slow or busy machine it must not run into Prisma's 5 s default limit for an
// interactive transaction, which once made it fail (and would stop a first start on PGlite).
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrations";
import { migrationsDir } from "@/lib/db/paths";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../support/database";

const STATEMENT_DELAY_MS = 500;
let database: TestDatabase | undefined;
let client: Db | undefined;

afterAll(async () => {
  await client?.$disconnect();
  await database?.drop();
});

describe("seed on a slow machine", () => {
  it("writes the whole seed even when its statements take over 5 s together", { timeout: 120_000 }, async () => {
    database = await createTestDatabase("slowseed");
    await applyMigrations(database.target, migrationsDir);
    client = createPrismaClient(database.target);
    // Every statement waits first, as on a machine whose CPU is taken: 13 inserts take over 6 s in all.
    const slow = client.$extends({
      query: {
        async $allOperations({ args, query }) {
          await new Promise((resolve) => setTimeout(resolve, STATEMENT_DELAY_MS));
          return query(args);
        },
      },
    }) as unknown as Db;
    const report = await seedDatabase(slow);
    expect(report.cases).toBeGreaterThan(0);
    expect(await client.case.count()).toBe(report.cases);
  });
});
