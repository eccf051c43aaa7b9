// The seeded database: the right people in the right countries, every claim cited, and re-seeding a no-op.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { findUncitedFacts } from "@/lib/server/internal/find-uncited-facts";
import { seedDatabase } from "@/lib/seed/seed-database";
import { PEOPLE_BY_COUNTRY, STATUS_OF } from "../support/seed-expectations";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());

const SEED_TABLES = [
  "country",
  "organisation",
  "source",
  "source_organisation",
  "person",
  "person_alias",
  "case",
  "charge",
  "case_charge",
  "status_event",
  "case_fact",
  "law",
  "demand",
  "citation",
];

async function snapshot(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    SEED_TABLES.map(async (table) => {
      const rows = await db.$queryRawUnsafe<{ row: unknown }[]>(
        `SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY to_jsonb(t)::text`,
      );
      return [table, rows.map((r) => r.row)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe("seeded data", () => {
  it("holds exactly the people the documents name, in each country", async () => {
    for (const [code, names] of Object.entries(PEOPLE_BY_COUNTRY)) {
      const cases = await db.case.findMany({
        where: { countryCode: code, visibility: "PUBLISHED" },
        select: { person: { select: { fullName: true } } },
      });
      expect(cases.map((c) => c.person.fullName).sort(), code).toEqual([...names].sort());
    }
  });

  it("records no place of detention for anyone, because its sources name none", async () => {
    const names = Object.values(PEOPLE_BY_COUNTRY).flat();
    expect(await db.placeStay.count({ where: { case: { person: { fullName: { in: names } } } } })).toBe(0);
  });

  it("gives each person the status the documents give", async () => {
    for (const [name, status] of Object.entries(STATUS_OF)) {
      const found = await db.case.findFirst({ where: { person: { fullName: name } }, select: { status: true } });
      expect(found?.status, name).toBe(status);
    }
  });

  it("keeps each case's status equal to its latest status event", async () => {
    const cases = await db.case.findMany({
      select: {
        id: true,
        status: true,
        statusEvents: { orderBy: { sequence: "desc" }, take: 1, select: { toStatus: true } },
      },
    });
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.statusEvents[0]?.toStatus, c.id).toBe(c.status);
  });

  it("has a citation with a quote for every person, status event, charge, demand, law and case fact", async () => {
    const uncited = await Promise.all([
      db.person.count({ where: { citations: { none: {} } } }),
      db.caseFact.count({ where: { citations: { none: {} } } }),
      db.statusEvent.count({ where: { citations: { none: {} } } }),
      db.charge.count({ where: { citations: { none: {} } } }),
      db.demand.count({ where: { citations: { none: {} } } }),
      db.law.count({ where: { citations: { none: {} } } }),
      db.citation.count({ where: { quote: "" } }),
    ]);
    expect(uncited).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("cites every public fact of every seeded case, its country included, so each would pass the publish check", async () => {
    const cases = await db.case.findMany({ where: { id: { startsWith: "case-" } }, select: { id: true } });
    expect(cases.length).toBeGreaterThan(0);
    const uncited = await db.$transaction(async (tx) => {
      const found: { caseId: string; fact: string }[] = [];
      for (const c of cases)
        for (const u of await findUncitedFacts(tx, c.id)) found.push({ caseId: c.id, fact: u.fact });
      return found;
    });
    expect(uncited).toEqual([]);
  });

  it("records the laws, the eight signatories and the quoted declaration paragraphs", async () => {
    expect(await db.law.count({ where: { id: { startsWith: "law-" } } })).toBe(9);
    expect(await db.sourceOrganisation.count({ where: { sourceId: "src-samarkand-ngo-statement" } })).toBe(8);
    const paragraphs = await db.citation.findMany({
      where: { quotedSourceId: "src-samarkand-summit-declaration" },
      select: { locator: true },
    });
    expect(paragraphs.map((p) => p.locator).sort()).toEqual(["Paragraph 15", "Paragraph 16", "Paragraph 3"]);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const report = await seedDatabase(db);
    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});
