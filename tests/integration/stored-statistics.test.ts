// The present-day statistics are read from stored sums (country_statistic) that triggers mark stale and
// refreshStatistics recomputes. After every kind of change that moves a figure, the stored sums must equal the
// same figures computed from the whole history there and then; a change the triggers missed shows as a difference.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshStatistics } from "@/lib/statistics/refresh-statistics";
import { sumContributionsSql, type ContributionSum } from "@/lib/statistics/statistics-contributions";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const HERE = "XS";
const THERE = "XT";
const DATED = "src-test-stored-statistics-dated";
const made: Awaited<ReturnType<typeof createCase>>[] = [];
const utc = (s: string) => new Date(`${s}T00:00:00Z`);

const byKey = (a: ContributionSum, b: ContributionSum) =>
  `${a.kind} ${a.key}`.localeCompare(`${b.kind} ${b.key}`, "en");

async function stored(): Promise<ContributionSum[]> {
  const rows = await db.$queryRaw<ContributionSum[]>`
    SELECT kind, key, sum(n)::int AS n FROM country_statistic GROUP BY kind, key HAVING sum(n) <> 0`;
  return rows.sort(byKey);
}

async function computedNow(): Promise<ContributionSum[]> {
  const rows = await db.$queryRaw<ContributionSum[]>(sumContributionsSql(Prisma.sql`true`, Prisma.sql`NULL::date`));
  return rows.filter((r) => r.n !== 0).sort(byKey);
}

/** Refreshes, then holds the stored sums to the figures computed from the history. */
async function expectInStep() {
  await refreshStatistics(db);
  expect(await stored()).toEqual(await computedNow());
}

beforeAll(async () => {
  for (const country of [
    { code: HERE, name: "Storeland" },
    { code: THERE, name: "Elsewhereland" },
  ])
    await db.country.upsert({ where: { code: country.code }, create: country, update: {} });
  await db.source.upsert({
    where: { id: DATED },
    create: {
      id: DATED,
      title: "Dated stored-statistics test source",
      kind: "NEWS_ARTICLE",
      publishedDate: utc("2024-03-05"),
      publishedPrecision: "DAY",
    },
    update: {},
  });
  await expectInStep();
});
afterAll(async () => {
  for (const c of made) await deleteTestCase(db, c).catch(() => undefined);
  await db.source.deleteMany({ where: { id: DATED } });
  await db.$disconnect();
});

describe("stored statistics", () => {
  it("stay equal to the figures computed from the history after every kind of change", async () => {
    const held = await createCase(db, { country: HERE, status: "IMPRISONED" });
    const draft = await createCase(db, { country: HERE, status: "DETAINED", visibility: "DRAFT" });
    made.push(held, draft);
    await expectInStep();

    // A dated start and a release: starts per year, year ends and time in detention all move.
    await db.statusEvent.updateMany({
      where: { caseId: held.caseId },
      data: { date: utc("2019-04-02"), datePrecision: "DAY" },
    });
    await expectInStep();
    await db.statusEvent.create({
      data: {
        caseId: held.caseId,
        fromStatus: "IMPRISONED",
        toStatus: "RELEASED",
        date: utc("2024-02-01"),
        datePrecision: "DAY",
        sequence: 2,
      },
    });
    await db.case.update({ where: { id: held.caseId }, data: { status: "RELEASED" } });
    await expectInStep();

    // A dated source citing the draft's event, then the draft published: report dates and scope.
    const [event] = await db.statusEvent.findMany({ where: { caseId: draft.caseId }, select: { id: true } });
    await db.citation.create({
      data: { sourceId: DATED, statusEventId: event!.id, quote: `dated ${draft.tag}`, claim: "status" },
    });
    await db.case.update({ where: { id: draft.caseId }, data: { visibility: "PUBLISHED" } });
    await expectInStep();
    await db.source.update({ where: { id: DATED }, data: { publishedDate: utc("2023-01-01") } });
    await expectInStep();

    // The arrest date, the person's roles, the country.
    await db.case.update({
      where: { id: draft.caseId },
      data: { arrestDate: utc("2022-05-01"), arrestPrecision: "MONTH" },
    });
    await expectInStep();
    await db.person.update({ where: { id: draft.personId }, data: { roles: ["LAWYER", "BLOGGER"] } });
    await expectInStep();
    await db.case.update({ where: { id: held.caseId }, data: { countryCode: THERE } });
    await expectInStep();
    const there = await db.$queryRaw<{ n: number }[]>`
      SELECT n FROM country_statistic WHERE country_code = ${THERE} AND kind = 'total'`;
    expect(there).toEqual([{ n: 1 }]);

    // A status event removed, a case taken down, and one deleted outright.
    await db.statusEvent.deleteMany({ where: { caseId: held.caseId, sequence: 2 } });
    await expectInStep();
    await db.case.update({ where: { id: held.caseId }, data: { deletedAt: new Date() } });
    await expectInStep();
    await deleteTestCase(db, draft);
    await expectInStep();
    const here = await db.$queryRaw<{ n: number }[]>`SELECT n FROM country_statistic WHERE country_code = ${HERE}`;
    expect(here).toEqual([]);
  });

  it.skipIf(process.env.HABEAS_TEST_DRIVER === "pglite")(
    "leave a change committed during a refresh for the next one",
    async () => {
      const late = await createCase(db, { country: HERE, status: "IMPRISONED" });
      made.push(late);
      await expectInStep();
      const other = createPrismaClient(databaseTarget());
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      // A change whose queue row exists but is not committed while a refresh runs.
      const writing = other.$transaction(async (tx) => {
        await tx.case.update({ where: { id: late.caseId }, data: { visibility: "DRAFT" } });
        await released;
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await refreshStatistics(db);
      release();
      await writing;
      await other.$disconnect();
      await expectInStep();
    },
  );
});
