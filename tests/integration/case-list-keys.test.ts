// The /cases list reads sort keys and counts that triggers copy onto the case row and into case_count.
// Every kind of write must keep them right in the same transaction: a rename, a role change, a status
// change, a move to another country, a country renamed, a soft delete.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getCountryPage } from "@/lib/server/public/get-country-page";
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

describe("the case list in Russian", () => {
  const RU_HOME = { code: "QJ", name: "Cyrilland (test)" };
  const made: Awaited<ReturnType<typeof createCase>>[] = [];
  const shown = async (params: Record<string, string>) =>
    (await listPublicCases(query({ country: RU_HOME.code, ...params }), "CYRILLIC")).rows.map(
      (r) => r.aliasName ?? r.fullName,
    );

  beforeAll(async () => {
    await db.country.upsert({ where: { code: RU_HOME.code }, create: RU_HOME, update: {} });
    for (const fullName of ["Alpha Cyrtest", "Bravo Cyrtest", "Charlie Cyrtest"])
      made.push(await createCase(db, { country: RU_HOME.code, fullName }));
  });

  afterAll(async () => {
    for (const created of made) await deleteTestCase(db, created);
    await db.country.deleteMany({ where: { code: RU_HOME.code } });
  });

  it("sorts by the name as a Russian reader sees it, and follows each alias added, changed or removed", async () => {
    const [alpha, bravo] = made;
    const alias = (personId: string, name: string) =>
      db.personAlias.create({ data: { personId, name, script: "CYRILLIC", kind: "TRANSLITERATION" } });
    const yaroslav = await alias(alpha!.personId, "Ярослав Сиртест");
    await alias(bravo!.personId, "Борис Сиртест");
    // Latin names the reader sees in Latin come first, as the database orders Latin before Cyrillic.
    expect(await shown({})).toEqual(["Charlie Cyrtest", "Борис Сиртест", "Ярослав Сиртест"]);
    expect(await shown({ dir: "desc" })).toEqual(["Ярослав Сиртест", "Борис Сиртест", "Charlie Cyrtest"]);
    // The country page's first cases follow the same order in Russian, and the source's spelling in English.
    const countryOrder = async (script: "CYRILLIC" | "LATIN") =>
      (await getCountryPage(RU_HOME.code, script))!.cases.map((c) => c.person.fullName);
    expect(await countryOrder("CYRILLIC")).toEqual(["Charlie Cyrtest", "Bravo Cyrtest", "Alpha Cyrtest"]);
    expect(await countryOrder("LATIN")).toEqual(["Alpha Cyrtest", "Bravo Cyrtest", "Charlie Cyrtest"]);
    await db.personAlias.update({ where: { id: yaroslav.id }, data: { name: "Аркадий Сиртест" } });
    expect(await shown({})).toEqual(["Charlie Cyrtest", "Аркадий Сиртест", "Борис Сиртест"]);
    await db.personAlias.delete({ where: { id: yaroslav.id } });
    expect(await shown({})).toEqual(["Alpha Cyrtest", "Charlie Cyrtest", "Борис Сиртест"]);
    // A rename of someone with no Cyrillic spelling moves them in Russian too.
    await db.person.update({ where: { id: made[2]!.personId }, data: { fullName: "Aardvark Cyrtest" } });
    expect(await shown({})).toEqual(["Aardvark Cyrtest", "Alpha Cyrtest", "Борис Сиртест"]);
    // English keeps the source's spelling order.
    expect((await listPublicCases(query({ country: RU_HOME.code }))).rows.map((r) => r.fullName)).toEqual([
      "Aardvark Cyrtest",
      "Alpha Cyrtest",
      "Bravo Cyrtest",
    ]);
  });
});
