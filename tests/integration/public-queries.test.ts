// Public reads: the database does the filtering, and drafts and confidential fields never come back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getCountryPage } from "@/lib/server/public/get-country-page";
import { getHomeSummary } from "@/lib/server/public/get-home-summary";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { getSourcePage } from "@/lib/server/public/get-source-page";
import { listPublicCases } from "@/lib/server/public/list-cases";
import { listCountries } from "@/lib/server/public/list-countries";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { createCase, deleteTestCase } from "../factories/cases";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";

const db = createPrismaClient(databaseTarget());
const CANARY = "CANARY-7f3c9e-confidential";
const query = (params: Record<string, string>) => parseCaseListQuery(params).query;
let draft: Awaited<ReturnType<typeof createCase>>;
let published: Awaited<ReturnType<typeof createCase>>;

beforeAll(async () => {
  draft = await createCase(db, { visibility: "DRAFT", fullName: `Draft ${CANARY}`, confidential: CANARY });
  published = await createCase(db, {
    visibility: "PUBLISHED",
    fullName: "Published Canary Holder",
    confidential: CANARY,
    country: "TJ",
  });
});

afterAll(async () => {
  await deleteTestCase(db, draft);
  await deleteTestCase(db, published);
  await db.$disconnect();
});

describe("public case list", () => {
  it("filters by country in the database: Tajikistan shows exactly the statement's Tajik names and the test case", async () => {
    const { rows, total } = await listPublicCases(query({ country: "TJ", size: "100" }));
    expect(rows.map((r) => r.fullName).sort()).toEqual([...PEOPLE_BY_COUNTRY.TJ!, published.fullName].sort());
    expect(total).toBe(rows.length);
  });

  it("pages, and counts the whole result", async () => {
    const first = await listPublicCases(query({ size: "10" }));
    const second = await listPublicCases(query({ size: "10", page: "2" }));
    expect(first.rows).toHaveLength(10);
    expect(first.total).toBe(second.total);
    expect(first.rows.map((r) => r.caseId)).not.toEqual(expect.arrayContaining(second.rows.map((r) => r.caseId)));
  });

  it("sorts by name both ways and by status", async () => {
    const asc = (await listPublicCases(query({ size: "100" }))).rows.map((r) => r.fullName);
    const desc = (await listPublicCases(query({ size: "100", dir: "desc" }))).rows.map((r) => r.fullName);
    expect(desc).toEqual([...asc].reverse());
    const byStatus = (await listPublicCases(query({ size: "100", sort: "status" }))).rows.map((r) => r.status);
    expect(byStatus.indexOf("IMPRISONED")).toBeLessThan(byStatus.lastIndexOf("TRAVEL_BAN"));
  });

  it("filters by status and role", async () => {
    const pardoned = await listPublicCases(query({ status: "PARDONED" }));
    expect(pardoned.rows.map((r) => r.fullName)).toEqual(["Azamat Ishenbekov"]);
    const lawyers = await listPublicCases(query({ role: "LAWYER" }));
    // The Tajik four are "human rights activists and lawyers" as a group, so each keeps the group's roles.
    expect(lawyers.rows.map((r) => r.fullName).sort()).toEqual([
      "Buzurgmehr Yorov",
      "Dauletmurat Tadzhimuratov",
      "Faromuz Irgashov",
      "Manuchehr Kholiknazarov",
      "Ulfatkhonim Mamadshoeva",
    ]);
  });

  it("matches names case-insensitively and treats % _ \\ and quotes as plain text", async () => {
    expect((await listPublicCases(query({ q: "zhylan" }))).rows.map((r) => r.fullName)).toEqual(["Marat Zhylanbayev"]);
    for (const q of ["%", "_", "\\", "' OR 1=1 --", '"; DROP TABLE person; --']) {
      expect((await listPublicCases(query({ q }))).total, q).toBe(0);
    }
  });

  it("never lists a draft, nor returns a confidential column", async () => {
    const { rows } = await listPublicCases(query({ size: "100" }));
    expect(rows.some((r) => r.caseId === draft.caseId)).toBe(false);
    expect(JSON.stringify(rows)).not.toContain(CANARY);
  });
});

describe("public pages' data", () => {
  it("returns no page for a person whose only case is a draft", async () => {
    expect(await getPersonPage(draft.slug)).toBeNull();
  });

  it("leaves every confidential field out of every public read", async () => {
    const reads = await Promise.all([
      getPersonPage(published.slug),
      getCountryPage("TJ"),
      getHomeSummary(),
      listCountries(),
      getSourcePage("src-samarkand-ngo-statement"),
    ]);
    expect(reads[0]?.fullName).toBe(published.fullName);
    expect(JSON.stringify(reads)).not.toContain(CANARY);
  });

  it("shows a source's claims about published cases but not about drafts", async () => {
    // The page shows its claims a page at a time: read them all.
    const quotes: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof getSourcePage>> = await getSourcePage("src-samarkand-ngo-statement", after);
      quotes.push(...page!.citations.map((c) => c.quote));
      after = page!.nextAfter;
    } while (after);
    expect(quotes).toContain(`status ${published.tag}`);
    expect(quotes).not.toContain(`status ${draft.tag}`);
    expect(quotes).not.toContain(`roles ${draft.tag}`);
  });

  it("gives a seeded person's page its charges, timeline, demands and sources", async () => {
    const page = await getPersonPage("kanyshay-mamyrkulova");
    const c = page!.cases[0]!;
    expect(c.country.code).toBe("KG");
    expect(c.charges.map((x) => x.charge.description)).toEqual([
      "Criminal charges, formal basis not stated in the source, initiated against her and others “in apparent retaliation for social media posts critical of the government”",
    ]);
    expect(c.statusEvents.map((e) => e.toStatus)).toEqual(["DETAINED"]);
    expect(c.demands.map((d) => d.kind).sort()).toEqual(["DROP_CHARGES", "RELEASE"]);
    expect(c.statusEvents[0]?.citations[0]?.source.title).toMatch(/Joint statement/);
  });
});
