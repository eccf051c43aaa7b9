// With DATABASE_REPLICA_URL set, the shared public reads go to the replica and everything else to the primary.
// The "replica" here is a second database seeded the same way and then made to differ, so each read shows
// which database answered it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getStaffCase } from "@/lib/server/cases/get-staff-case";
import { getPersonPage } from "@/lib/server/public/cached";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { createServerTestDatabase, TEST_DRIVER, type TestDatabase } from "../support/database";
import { createSeededDatabase } from "../support/seeded-database";

const SLUG = "soltan-achilova";
let replica: TestDatabase & { url: string };
let primaryDb: Db;
let replicaDb: Db;

// A replica stands beside a PostgreSQL server only; on PGlite there is one process and one database.
describe.skipIf(TEST_DRIVER === "pglite")("reads with a read replica", () => {
  beforeAll(async () => {
    replica = await createSeededDatabase("replica", createServerTestDatabase);
    process.env.DATABASE_REPLICA_URL = replica.url;
    primaryDb = createPrismaClient(databaseTarget());
    replicaDb = createPrismaClient(replica.target);
    await replicaDb.$executeRaw`UPDATE person SET biography = 'Read from the replica.' WHERE slug = ${SLUG}`;
    await replicaDb.$executeRaw`UPDATE "case" SET summary = 'Replica summary.' WHERE person_id = (SELECT id FROM person WHERE slug = ${SLUG})`;
  }, 60_000);

  afterAll(async () => {
    await primaryDb?.$disconnect();
    await replicaDb?.$disconnect();
    await replica?.drop();
  });

  it("serves an anonymous visitor's public reads from the replica", async () => {
    const page = await getPersonPage(SLUG);
    expect(page?.biography).toBe("Read from the replica.");
  });

  it("reads the staff data layer from the primary", async () => {
    actAs(await createTestUser(primaryDb));
    const id = (await primaryDb.case.findFirstOrThrow({ where: { person: { slug: SLUG } }, select: { id: true } })).id;
    const staffCase = await getStaffCase(id);
    expect(staffCase?.summary).not.toBe("Replica summary.");
  });

  it("writes to the primary", async () => {
    actAs(await createTestUser(primaryDb, { role: "ADMIN", totp: true }));
    const count = (db: Db) => db.auditLog.count({ where: { action: "SETTING_CHANGED" } });
    const [primaryBefore, replicaBefore] = [await count(primaryDb), await count(replicaDb)];
    await setFourEyes({ enabled: true });
    expect(await count(primaryDb)).toBeGreaterThan(primaryBefore);
    expect(await count(replicaDb)).toBe(replicaBefore);
  });
});
