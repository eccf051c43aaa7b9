// A status is placed in time by its sources: since when it held (when a source says), and the publication
// date of each source that reports it. Never by when the record was entered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
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

describe("time in detention, counted from the start of the current unbroken detention", () => {
  // A country of its own, so the single case of the tests above stays alone in its briefing.
  const RUNS = { code: "XR", name: "Runland" };
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const runs: Awaited<ReturnType<typeof createCase>>[] = [];
  const byName = new Map<string, string>();

  /** A published case with the given status history; each step's since date only where given, the last reported. */
  async function withHistory(
    fullName: string,
    steps: { status: CaseStatus; since?: string }[],
    arrest?: string,
  ): Promise<void> {
    const c = await createCase(db, { country: RUNS.code, status: steps[0]!.status, fullName, sourceId: FIRST_REPORT });
    runs.push(c);
    byName.set(fullName, c.slug);
    const first = await db.statusEvent.findFirstOrThrow({ where: { caseId: c.caseId }, select: { id: true } });
    const dated = (since?: string) =>
      since ? { date: day(since), datePrecision: "DAY" as const } : { date: null, datePrecision: "UNKNOWN" as const };
    await db.statusEvent.update({ where: { id: first.id }, data: dated(steps[0]!.since) });
    for (const [i, step] of steps.entries()) {
      if (i === 0) continue;
      await db.statusEvent.create({
        data: {
          caseId: c.caseId,
          fromStatus: steps[i - 1]!.status,
          toStatus: step.status,
          sequence: i + 1,
          ...dated(step.since),
          // Only the current status is reported, by the source of 20 January 2025.
          citations:
            i === steps.length - 1
              ? { create: { sourceId: SECOND_REPORT, quote: `step ${i} ${c.tag}`, claim: "status" } }
              : undefined,
        },
      });
    }
    await db.case.update({
      where: { id: c.caseId },
      data: {
        status: steps.at(-1)!.status,
        ...(arrest ? { arrestDate: day(arrest), arrestPrecision: "DAY" as const } : {}),
        citations: arrest
          ? { create: { sourceId: FIRST_REPORT, quote: `arrest ${c.tag}`, claim: "arrestDate" } }
          : undefined,
      },
    });
  }

  beforeAll(async () => {
    await db.country.upsert({ where: { code: RUNS.code }, create: RUNS, update: {} });
    // Arrested in 2019, released, then detained again on a date no source gives.
    await withHistory(
      "Detained Again",
      [{ status: "IMPRISONED" }, { status: "RELEASED" }, { status: "DETAINED" }],
      "2019-03-01",
    );
    // Held before trial from 10 May 2023, then imprisoned from 1 January 2024.
    await withHistory("Tried While Held", [
      { status: "DETAINED_PRE_TRIAL", since: "2023-05-10" },
      { status: "IMPRISONED", since: "2024-01-01" },
    ]);
    // Held before trial from a date no source gives, then imprisoned from 1 January 2024.
    await withHistory("Held Since Unknown", [
      { status: "DETAINED_PRE_TRIAL" },
      { status: "IMPRISONED", since: "2024-01-01" },
    ]);
  });
  afterAll(async () => {
    for (const c of runs) await deleteTestCase(db, c);
  });

  const spans = async (asOf?: Date) => {
    const b = (await getCountryBriefing({ code: RUNS.code, locale: "en", asOf }))!;
    const stats = await getStatistics({ countryCode: RUNS.code, asOf });
    const fromBriefing = new Map(b.cases.map((c) => [c.slug, c.detention]));
    // Each listed case's time is counted in TypeScript (detentionSpan); the summary's total and longest and the
    // statistics' ranges are counted in SQL (detention-span-sql.ts). They must agree.
    const known = [...fromBriefing.values()].filter((span) => span !== null);
    const { detention } = b.summary;
    expect(detention.counted).toBe(known.length);
    expect(detention.total?.days ?? null).toBe(known.length ? known.reduce((sum, span) => sum + span.days, 0) : null);
    expect(detention.longest?.days ?? null).toBe(known.length ? Math.max(...known.map((span) => span.days)) : null);
    const notKnownRange = stats.detentionTimes.find((d) => d.bucket === "notKnown")!.count;
    expect(notKnownRange).toBe(detention.detained - known.length);
    return (name: string) => fromBriefing.get(byName.get(name)!);
  };

  it("counts no days from an arrest that a later release came after, when the new detention has no date", async () => {
    expect((await spans())("Detained Again")).toBeNull();
    expect((await spans(endOf("2025-06-01")))("Detained Again")).toBeNull();
  });

  it("counts from the start of pre-trial detention after the imprisonment, not from the imprisonment", async () => {
    // 10 May 2023 to the report of 20 January 2025: the detention may have lasted longer, so "at least".
    expect((await spans())("Tried While Held")).toEqual({ days: 621, exact: false });
    expect((await spans(endOf("2024-06-01")))("Tried While Held")).toEqual({ days: 388, exact: true });
  });

  it("says “at least” from a later dated status when the detention's own start is not known", async () => {
    expect((await spans())("Held Since Unknown")).toEqual({ days: 385, exact: false });
    expect((await spans(endOf("2024-06-01")))("Held Since Unknown")).toEqual({ days: 152, exact: false });
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
    // A case with nothing known beyond its status is one line: no "charges: not known" after the status.
    expect(ru).toContain("— Журналист. В заключении — по сообщению от 10 апреля 2025 г. In prison");
  });

  it("says at the end of 2024 that these statuses were not yet reported", async () => {
    const stats = await getStatistics({ countryCode: "TJ", asOf: endOf("2024-12-31") });
    expect(stats).toMatchObject({ total: 12, notKnown: 12, byStatus: [] });
    // Their roles are who they are, whatever is known of their status then: the role chart is not empty.
    expect(stats.byRole.reduce((sum, r) => sum + r.count, 0)).toBeGreaterThanOrEqual(12);
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
