// Statistics against a small hand-built dataset whose counts are known.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getStatistics } from "@/lib/server/public/get-statistics";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const COUNTRY = "XF";
const made: Awaited<ReturnType<typeof createCase>>[] = [];
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** A case with a dated history: detained on `from`, then optionally released on `released`. */
async function history(from: { date: string; precision: "DAY" | "MONTH" | "YEAR" }, released?: string, draft = false) {
  const c = await createCase(db, {
    country: COUNTRY,
    status: released ? "RELEASED" : "IMPRISONED",
    visibility: draft ? "DRAFT" : "PUBLISHED",
  });
  await db.statusEvent.updateMany({
    where: { caseId: c.caseId },
    data: { toStatus: "IMPRISONED", date: utc(from.date), datePrecision: from.precision },
  });
  if (released) {
    await db.statusEvent.create({
      data: {
        caseId: c.caseId,
        fromStatus: "IMPRISONED",
        toStatus: "RELEASED",
        date: utc(released),
        datePrecision: "DAY",
        sequence: 2,
      },
    });
  }
  made.push(c);
  return c;
}

beforeAll(async () => {
  await db.country.upsert({ where: { code: COUNTRY }, create: { code: COUNTRY, name: "Statland" }, update: {} });
  await history({ date: "2020-03-01", precision: "DAY" });
  await history({ date: "2021-06-01", precision: "MONTH" }, "2023-02-10");
  await history({ date: "2021-01-01", precision: "YEAR" });
  await history({ date: "2022-01-01", precision: "DAY" }, undefined, true);
});
afterAll(async () => {
  for (const c of made) await deleteTestCase(db, c);
  await db.$disconnect();
});

describe("statistics", () => {
  it("counts published cases by status and role, as of today", async () => {
    const stats = await getStatistics({ countryCode: COUNTRY, asOf: utc("2024-12-31") });
    expect(stats.total).toBe(3);
    expect(stats.byStatus).toEqual([
      { status: "IMPRISONED", count: 2 },
      { status: "RELEASED", count: 1 },
    ]);
    expect(stats.byRole).toEqual([{ role: "JOURNALIST", count: 3 }]);
    expect(stats.startsPerYear).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 2 },
    ]);
  });

  it("rebuilds the numbers as they stood on an earlier date", async () => {
    const early = await getStatistics({ countryCode: COUNTRY, asOf: utc("2021-12-31") });
    expect(early.byStatus).toEqual([{ status: "IMPRISONED", count: 3 }]);
    // Before any status began or was reported, the three are not known, never absent.
    const before = await getStatistics({ countryCode: COUNTRY, asOf: utc("2019-01-01") });
    expect(before.total).toBe(3);
    expect(before.notKnown).toBe(3);
    expect(before.byStatus).toEqual([]);
  });

  it("counts people in detention at each year's end", async () => {
    const stats = await getStatistics({ countryCode: COUNTRY, asOf: utc("2024-06-30") });
    expect(stats.detainedOverTime).toEqual([
      { year: 2020, detained: 1, notKnown: 2 },
      { year: 2021, detained: 3, notKnown: 0 },
      { year: 2022, detained: 3, notKnown: 0 },
      { year: 2023, detained: 2, notKnown: 0 },
      { year: 2024, detained: 2, notKnown: 0 },
    ]);
  });

  it("gives exact days for a known day and at least N days for a year", async () => {
    const stats = await getStatistics({ countryCode: COUNTRY, asOf: utc("2022-01-01") });
    const spans = stats.detentionTimes.map((d) => d.span);
    expect(spans).toEqual([
      { days: 671, exact: true },
      { days: 185, exact: false },
      { days: 1, exact: false },
    ]);
  });
});
