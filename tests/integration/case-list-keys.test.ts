// The /cases list reads sort keys and counts that triggers copy onto the case row and into case_count.
// Every kind of write must keep them right in the same transaction: a rename, a role change, a status
// change, a move to another country, a country renamed, a soft delete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { listPublicCases } from "@/lib/server/public/list-cases";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const query = (params: Record<string, string>) => parseCaseListQuery(params).query;
// Countries of this file alone, so tests running beside it cannot move its counts.
const HOME = { code: "QK", name: "Keyland (test)" };
const AWAY = { code: "QL", name: "Away (test)" };
let alpha: Awaited<ReturnType<typeof createCase>>;
let bravo: Awaited<ReturnType<typeof createCase>>;

const names = async (params: Record<string, string>) =>
  (await listPublicCases(query(params))).rows.map((r) => r.fullName);
const total = async (params: Record<string, string>) => (await listPublicCases(query(params))).total;

beforeAll(async () => {
  for (const country of [HOME, AWAY])
    await db.country.upsert({ where: { code: country.code }, create: country, update: {} });
  alpha = await createCase(db, { country: HOME.code, fullName: "Alpha Keytest" });
  bravo = await createCase(db, { country: HOME.code, fullName: "Bravo Keytest" });
});

afterAll(async () => {
  for (const created of [alpha, bravo]) if (created) await deleteTestCase(db, created);
  await db.country.deleteMany({ where: { code: { in: [HOME.code, AWAY.code] } } });
  await db.$disconnect();
});

describe("the case list's sort keys and counts", () => {
  it("follow a rename, a role change, a status change, a move, a renamed country and a soft delete", async () => {
    expect(await names({ country: HOME.code })).toEqual(["Alpha Keytest", "Bravo Keytest"]);
    expect(await total({ country: HOME.code })).toBe(2);

    await db.person.update({ where: { id: alpha.personId }, data: { fullName: "Zulu Keytest" } });
    expect(await names({ country: HOME.code })).toEqual(["Bravo Keytest", "Zulu Keytest"]);
    expect(await names({ country: HOME.code, dir: "desc" })).toEqual(["Zulu Keytest", "Bravo Keytest"]);

    expect(await total({ country: HOME.code, role: "LAWYER" })).toBe(0);
    await db.person.update({ where: { id: bravo.personId }, data: { roles: ["LAWYER", "JOURNALIST"] } });
    expect(await names({ country: HOME.code, role: "LAWYER" })).toEqual(["Bravo Keytest"]);
    expect(await total({ country: HOME.code, role: "JOURNALIST" })).toBe(2);
    // Sorted by first role: LAWYER comes after JOURNALIST in the role list.
    expect(await names({ country: HOME.code, sort: "role" })).toEqual(["Zulu Keytest", "Bravo Keytest"]);

    await db.case.update({ where: { id: bravo.caseId }, data: { status: "RELEASED" } });
    expect(await total({ country: HOME.code, status: "IMPRISONED" })).toBe(1);
    expect(await names({ country: HOME.code, status: "RELEASED" })).toEqual(["Bravo Keytest"]);

    await db.case.update({ where: { id: alpha.caseId }, data: { countryCode: AWAY.code } });
    expect(await total({ country: HOME.code })).toBe(1);
    expect(await names({ country: AWAY.code })).toEqual(["Zulu Keytest"]);

    await db.country.update({ where: { code: AWAY.code }, data: { name: "Aaaway (test)" } });
    const byCountry = await listPublicCases(query({ sort: "country", size: "100" }));
    expect(byCountry.rows.find((r) => r.caseId === alpha.caseId)?.countryName).toBe("Aaaway (test)");
    const keys = await db.$queryRaw<
      { sort_country: string }[]
    >`SELECT sort_country FROM "case" WHERE id = ${alpha.caseId}`;
    expect(keys[0]?.sort_country).toBe("Aaaway (test)");

    await db.case.update({ where: { id: bravo.caseId }, data: { deletedAt: new Date() } });
    expect(await total({ country: HOME.code })).toBe(0);
    expect(await names({ country: HOME.code })).toEqual([]);
    await db.case.update({ where: { id: bravo.caseId }, data: { visibility: "DRAFT", deletedAt: null } });
    expect(await total({ country: HOME.code })).toBe(0);
  });

  it("keeps case_count equal to a live count of every group (one snapshot, whatever other tests write)", async () => {
    const mismatches = await db.$queryRaw<unknown[]>`
      WITH live AS (
        SELECT country_code, status, '' AS role, count(*)::int AS n FROM "case"
          WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL GROUP BY 1, 2
        UNION ALL
        SELECT country_code, status, r::text, count(*)::int FROM "case", unnest(person_roles) r
          WHERE visibility = 'PUBLISHED' AND deleted_at IS NULL GROUP BY 1, 2, 3)
      SELECT * FROM live FULL JOIN (SELECT * FROM case_count WHERE n <> 0) cc USING (country_code, status, role)
      WHERE live.n IS DISTINCT FROM cc.n`;
    expect(mismatches).toEqual([]);
  });

  it("answers page 2,000 of a short list with an empty page and the true total", async () => {
    const far = await listPublicCases(query({ page: "2000" }));
    expect(far.rows).toEqual([]);
    expect(far.total).toBeGreaterThan(0);
    expect(far.approximate).toBe(false);
  });
});
