// A status is placed in time by its sources: since when it held (when a source says), and the publication
// date of each source that reports it. Never by when the record was entered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { renderBriefing } from "@/lib/export-formats/render-briefing";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { getStatistics } from "@/lib/server/public/get-statistics";
import { daysKnown } from "@/lib/status-time/days-in-status";
import { createCase, deleteTestCase } from "../factories/cases";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";

const db = createPrismaClient(databaseTarget());
const COUNTRY = { code: "XT", name: "Timeland" };
const FIRST_REPORT = "src-test-status-time-first";
const SECOND_REPORT = "src-test-status-time-second";
const endOf = (day: string) => new Date(`${day}T23:59:59.999Z`);
const made: Awaited<ReturnType<typeof createCase>>[] = [];
const text = async (b: Parameters<typeof renderBriefing>[0]) => new TextDecoder().decode(await renderBriefing(b, "md"));

beforeAll(async () => {
  await db.country.upsert({ where: { code: COUNTRY.code }, create: COUNTRY, update: {} });
  for (const [id, day] of [
    [FIRST_REPORT, "2024-03-10"],
    [SECOND_REPORT, "2025-01-20"],
  ] as const) {
    await db.source.upsert({
      where: { id },
      create: {
        id,
        title: `Report of ${day}`,
        kind: "NGO_STATEMENT",
        authors: [],
        publishedDate: new Date(`${day}T00:00:00Z`),
        publishedPrecision: "DAY",
      },
      update: {},
    });
  }
  // Imprisoned, start not known; reported by a statement of 10 March 2024 and again on 20 January 2025.
  const c = await createCase(db, {
    country: COUNTRY.code,
    status: "IMPRISONED",
    fullName: "Reported Twice",
    sourceId: FIRST_REPORT,
  });
  const event = await db.statusEvent.findFirstOrThrow({ where: { caseId: c.caseId }, select: { id: true } });
  await db.citation.create({
    data: { sourceId: SECOND_REPORT, quote: `again ${c.tag}`, claim: "status", statusEventId: event.id },
  });
  made.push(c);
});

afterAll(async () => {
  for (const c of made) await deleteTestCase(db, c);
  await db.source.deleteMany({ where: { id: { in: [FIRST_REPORT, SECOND_REPORT] } } });
  await db.$disconnect();
});

describe("a status placed in time by its reports", () => {
  it("counts the person from the first report in a briefing between the two reports", async () => {
    const b = (await getCountryBriefing({ code: COUNTRY.code, locale: "en", asOf: endOf("2024-06-01") }))!;
    expect(b.cases.map((c) => [c.name, c.status])).toEqual([["Reported Twice", "IMPRISONED"]]);
    expect(b.summary.notKnown).toBe(0);
    const md = await text(b);
    expect(md).toContain("| Reported Twice | Journalist | Imprisoned | as reported on March 10, 2024 |");
    expect(md).toContain("Journalist. Imprisoned, as reported on March 10, 2024.");
    expect(md).toContain("a source published on or before this date reports it");
  });

  it("counts the person from the first report in statistics between the two reports", async () => {
    const stats = await getStatistics({ countryCode: COUNTRY.code, asOf: endOf("2024-06-01") });
    expect(stats).toMatchObject({ total: 1, notKnown: 0, byStatus: [{ status: "IMPRISONED", count: 1 }] });
    expect(stats.detainedOverTime).toEqual([{ year: 2024, detained: 1, notKnown: 0 }]);
  });

  it("counts them as not known before any report, never absent and never held", async () => {
    const b = (await getCountryBriefing({ code: COUNTRY.code, locale: "en", asOf: endOf("2024-01-01") }))!;
    expect(b.summary.byStatus).toEqual([]);
    expect(b.summary.notKnown).toBe(1);
    expect(b.cases.map((c) => [c.name, c.status])).toEqual([["Reported Twice", null]]);
    const md = await text(b);
    expect(md).toContain("| Reported Twice | Journalist | Not known on this date | Not known |");
    expect(md).toContain("No one in this briefing is known to be in detention on this date");
    expect(md).not.toContain("No one in this briefing is in detention.");

    const stats = await getStatistics({ countryCode: COUNTRY.code, asOf: endOf("2024-01-01") });
    expect(stats).toMatchObject({ total: 1, notKnown: 1, byStatus: [], startsPerYear: [], startNotKnown: 0 });
  });

  it("shows no day count without a known start, and never counts to today from a report", async () => {
    const b = (await getCountryBriefing({ code: COUNTRY.code, locale: "en" }))!;
    expect(b.cases[0]!.detention).toBeNull();
    expect(await text(b)).not.toContain("In detention for");
    const stats = await getStatistics({ countryCode: COUNTRY.code });
    // In detention, but how long is not known: counted in that range alone.
    expect(stats.detentionTimes.filter((d) => d.count > 0)).toEqual([{ bucket: "notKnown", count: 1 }]);
    expect(stats.startsPerYear).toEqual([]);
    expect(stats.startNotKnown).toBe(1);

    const page = (await getPersonPage(made[0]!.slug))!;
    const time = page.cases[0]!.statusTime!;
    expect(time.report).toMatchObject({ sourceId: SECOND_REPORT, precision: "DAY" });
    expect(daysKnown(time.since, time.lastReportedOn)).toBeNull();
  });

  it("counts days from a known start only up to the latest report", async () => {
    const c = made[0]!;
    await db.statusEvent.updateMany({
      where: { caseId: c.caseId },
      data: { date: new Date("2024-01-01T00:00:00Z"), datePrecision: "DAY" },
    });
    try {
      const b = (await getCountryBriefing({ code: COUNTRY.code, locale: "en" }))!;
      // 1 January 2024 to the report of 20 January 2025, and no further: the status may have ended since.
      expect(b.cases[0]!.detention).toEqual({ days: 385, exact: false });
      const asOf = (await getCountryBriefing({ code: COUNTRY.code, locale: "en", asOf: endOf("2024-02-01") }))!;
      expect(asOf.cases[0]!.detention).toEqual({ days: 31, exact: true });
      const stats = await getStatistics({ countryCode: COUNTRY.code, asOf: endOf("2024-12-31") });
      expect(stats.startsPerYear).toEqual([{ year: 2024, count: 1 }]);
    } finally {
      await db.statusEvent.updateMany({ where: { caseId: c.caseId }, data: { date: null, datePrecision: "UNKNOWN" } });
    }
  });

  it("refuses a date without a precision, or a precision without a date", async () => {
    const c = made[0]!;
    await expect(
      db.statusEvent.updateMany({ where: { caseId: c.caseId }, data: { date: null, datePrecision: "DAY" } }),
    ).rejects.toThrow();
    await expect(
      db.source.update({ where: { id: FIRST_REPORT }, data: { publishedPrecision: "UNKNOWN" } }),
    ).rejects.toThrow();
  });
});

describe("the seeded statement of 10 April 2025", () => {
  it("lists the twelve Tajik prisoners in the briefing as of 1 June 2025, as reported on 10 April 2025", async () => {
    const b = (await getCountryBriefing({ code: "TJ", locale: "en", asOf: endOf("2025-06-01") }))!;
    expect(b.summary.byStatus).toEqual([{ status: "IMPRISONED", count: 12 }]);
    expect(b.summary.notKnown).toBe(0);
    const md = await text(b);
    for (const name of PEOPLE_BY_COUNTRY.TJ!)
      expect(md).toMatch(new RegExp(`\\| ${name} \\|[^\\n]*\\| Imprisoned \\| as reported on April 10, 2025 \\|`));
    expect(md).not.toContain("No one in this briefing is in detention");
    const ru = await text({ ...b, locale: "ru" });
    expect(ru).toContain("| В заключении | по сообщению от 10 апреля 2025 г. |");
    expect(ru).toContain("Журналист. В заключении — по сообщению от 10 апреля 2025 г. Обвинения");
  });

  it("says at the end of 2024 that these statuses were not yet reported", async () => {
    const stats = await getStatistics({ countryCode: "TJ", asOf: endOf("2024-12-31") });
    expect(stats).toMatchObject({ total: 12, notKnown: 12, byStatus: [] });
    const later = await getStatistics({ countryCode: "TJ", asOf: endOf("2025-12-31") });
    expect(later.detainedOverTime.at(-1)).toEqual({ year: 2025, detained: 12, notKnown: 0 });
  });

  it("counts no days for al-Qurashi: his source's date is not known, so nothing shows the status after late 2014", async () => {
    const page = (await getPersonPage("sabri-al-qurashi"))!;
    const time = page.cases[0]!.statusTime!;
    expect(time.since).toMatchObject({ precision: "YEAR" });
    expect(time.lastReportedOn).toBeNull();
    expect(daysKnown(time.since, time.lastReportedOn)).toBeNull();
  });
});
