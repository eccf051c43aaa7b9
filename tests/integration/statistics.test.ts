// Statistics against small hand-built datasets whose counts are known: every figure is an aggregate, and
// time in detention is a count per range, checked against the per-person rule it stands for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { getStatistics } from "@/lib/server/public/get-statistics";
import { statusesAsOf } from "@/lib/status-time/as-of";
import { DETENTION_STATUSES } from "@/lib/status-time/days-in-status";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const COUNTRY = "XF";
/** A second country for the time-in-detention ranges, so the first one's counts stay as they are. */
const RANGES = "XG";
/** A source with no publication date: a status it supports is never shown to hold on a later day. */
const UNDATED = "src-test-statistics-undated";
const made: Awaited<ReturnType<typeof createCase>>[] = [];
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

/** A case with a dated history: detained on `from`, then optionally released on `released`. */
async function history(
  from: { date: string | null; precision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN" },
  released?: string,
  draft = false,
  country = COUNTRY,
  sourceId?: string,
) {
  const c = await createCase(db, {
    country,
    status: released ? "RELEASED" : "IMPRISONED",
    visibility: draft ? "DRAFT" : "PUBLISHED",
    sourceId,
  });
  await db.statusEvent.updateMany({
    where: { caseId: c.caseId },
    data: { toStatus: "IMPRISONED", date: from.date ? utc(from.date) : null, datePrecision: from.precision },
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

  // One person per range on 31 December 2024, the seed's source (published 10 April 2025) reporting each.
  await db.country.upsert({ where: { code: RANGES }, create: { code: RANGES, name: "Rangeland" }, update: {} });
  await db.source.upsert({
    where: { id: UNDATED },
    create: { id: UNDATED, title: "Undated statistics test source", kind: "NEWS_ARTICLE" },
    update: {},
  });
  const ranged = (date: string | null, precision: "DAY" | "MONTH" | "YEAR" | "UNKNOWN", released?: string) =>
    history({ date, precision }, released, false, RANGES);
  await ranged("2024-06-01", "DAY"); // 7 months
  await ranged("2023-06-01", "DAY"); // 1 year 7 months
  await ranged("2021-06-01", "YEAR"); // from 31 December 2021: 3 years
  await ranged("2018-03-01", "MONTH"); // from 31 March 2018: 6 years 9 months
  await ranged("2013-01-01", "DAY"); // 12 years
  await ranged("2013-02-01", "DAY"); // 11 years 11 months
  await ranged("2019-05-01", "DAY", "2020-01-15"); // released: not in detention
  // Known to have begun, but no dated source shows it still holding: how long is not known.
  await history({ date: "2022-01-01", precision: "DAY" }, undefined, false, RANGES, UNDATED);
});
afterAll(async () => {
  for (const c of made) await deleteTestCase(db, c);
  await db.source.deleteMany({ where: { id: UNDATED } });
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
    // Every year from the first start to the as-of year, the years without one as zero.
    expect(stats.startsPerYear).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 2 },
      { year: 2022, count: 0 },
      { year: 2023, count: 0 },
      { year: 2024, count: 0 },
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

  it("gives the same people in detention at each year's end as the as-of rule does person by person", async () => {
    const stats = await getStatistics({ countryCode: COUNTRY, asOf: utc("2024-06-30") });
    const ids = made.slice(0, 3).map((c) => c.caseId);
    for (const { year, detained, notKnown } of stats.detainedOverTime) {
      const day = year === 2024 ? utc("2024-06-30") : new Date(`${year}-12-31T23:59:59.999Z`);
      const held = [...(await statusesAsOf(ids, day)).values()];
      expect({ year, detained, notKnown }).toEqual({
        year,
        detained: held.filter((h) => DETENTION_STATUSES.has(h.status)).length,
        notKnown: ids.length - held.length,
      });
    }
  });

  it("counts time in detention in ranges, one row per range, never per person", async () => {
    const stats = await getStatistics({ countryCode: RANGES, asOf: utc("2024-12-31") });
    expect(stats.detentionTimes).toEqual([
      { bucket: "under1", count: 1 },
      { bucket: "from1to2", count: 1 },
      { bucket: "from2to5", count: 1 },
      { bucket: "from5to10", count: 1 },
      { bucket: "over10", count: 2 },
      { bucket: "notKnown", count: 1 },
    ]);
    expect(stats.detainedOverTime.at(-1)).toEqual({ year: 2024, detained: 7, notKnown: 0 });
    // Before the last start, that person is not known yet, and the ranges hold only the others.
    const earlier = await getStatistics({ countryCode: RANGES, asOf: utc("2023-12-31") });
    expect(earlier.detentionTimes.map((d) => d.count)).toEqual([1, 0, 1, 1, 2, 1]);
    expect(earlier.notKnown).toBe(1);
  });

  it("aggregates in SQL the same days that each listed case shows", async () => {
    // The briefing's summary is the SQL form of the rule; each listed case's days come from detentionSpan.
    const briefing = (await getCountryBriefing({ code: RANGES, locale: "en", asOf: utc("2024-12-31") }))!;
    const spans = briefing.cases.flatMap((c) => (c.detention ? [c.detention] : []));
    expect(spans).toHaveLength(6);
    const { detention } = briefing.summary;
    expect(detention).toMatchObject({ detained: 7, counted: 6 });
    expect(detention.total).toEqual({ days: spans.reduce((sum, s) => sum + s.days, 0), exact: false });
    expect(detention.longest).toEqual({ days: Math.max(...spans.map((s) => s.days)), exact: true });
    expect(briefing.summary.longestCase?.detention).toEqual(detention.longest);
  });

  it("gives exact days for a known day and at least N days for a year, in the briefing of one person each", async () => {
    const briefing = (await getCountryBriefing({ code: COUNTRY, locale: "en", asOf: utc("2022-01-01") }))!;
    const spans = briefing.cases.map((c) => c.detention).sort((a, b) => (b?.days ?? -1) - (a?.days ?? -1));
    expect(spans).toEqual([
      { days: 671, exact: true },
      { days: 185, exact: false },
      { days: 1, exact: false },
    ]);
  });
});
