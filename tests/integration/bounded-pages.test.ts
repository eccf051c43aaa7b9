// Public pages hold one page of a growing list, however many records there are: a country page its first
// cases and a link to the case list for the rest, a source page one page of claims and a cursor for the next,
// the statistics page a row per status, role, year and range of time in detention.
// Small data (a country of 30 cases, a source of 150 claims) against the same limits the pages use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { COUNTRY_PAGE_CASES, getCountryPage } from "@/lib/server/public/get-country-page";
import { getHomeSummary } from "@/lib/server/public/get-home-summary";
import { getStatistics } from "@/lib/server/public/get-statistics";
import { DETENTION_BUCKETS } from "@/lib/status-time/detention-buckets";
import { SOURCE_PAGE_CLAIMS, getSourcePage } from "@/lib/server/public/get-source-page";
import { GET as briefingRoute } from "@/app/api/briefings/[code]/route";
import { briefingText } from "@/lib/export-formats/briefing-text";
import { translatorFor } from "@/lib/i18n/translator";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { createCase, deleteTestCase } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const COUNTRY = { code: "QM", name: "Manyland (test)" };
const SOURCE_ID = "src-bounded-pages-test";
const CASES = COUNTRY_PAGE_CASES + 5;
const created: Awaited<ReturnType<typeof createCase>>[] = [];

beforeAll(async () => {
  await db.country.upsert({ where: { code: COUNTRY.code }, create: COUNTRY, update: {} });
  await db.source.upsert({
    where: { id: SOURCE_ID },
    create: { id: SOURCE_ID, title: "Bounded pages test source", kind: "NEWS_ARTICLE" },
    update: {},
  });
  for (let i = 0; i < CASES; i++) {
    created.push(
      await createCase(db, {
        country: COUNTRY.code,
        fullName: `Many ${String(i).padStart(2, "0")}`,
        sourceId: SOURCE_ID,
      }),
    );
  }
  // One draft among them: never counted, never listed.
  created.push(
    await createCase(db, { country: COUNTRY.code, fullName: "Many Draft", visibility: "DRAFT", sourceId: SOURCE_ID }),
  );
}, 120_000);

afterAll(async () => {
  for (const c of created) await deleteTestCase(db, c);
  await db.source.deleteMany({ where: { id: SOURCE_ID } });
  await db.country.deleteMany({ where: { code: COUNTRY.code } });
  await db.$disconnect();
});

describe("bounded public pages", () => {
  it("lists a country's first cases by name and counts them all", async () => {
    const page = (await getCountryPage(COUNTRY.code))!;
    expect(page.cases.map((c) => c.person.fullName)).toEqual(
      Array.from({ length: COUNTRY_PAGE_CASES }, (_, i) => `Many ${String(i).padStart(2, "0")}`),
    );
    expect(page.totalCases).toBe(CASES);
    expect(page.byStatus).toEqual([{ status: "IMPRISONED", count: CASES }]);
  });

  it("counts the home page's figures without the drafts", async () => {
    const home = await getHomeSummary();
    expect(home.byCountry.find((c) => c.code === COUNTRY.code)?.count).toBe(CASES);
  });

  it("shows a source's claims a page at a time, every public claim exactly once, no draft's", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: NonNullable<Awaited<ReturnType<typeof getSourcePage>>> = (await getSourcePage(SOURCE_ID, after))!;
      expect(page.citations.length + page.quotedIn.length).toBeLessThanOrEqual(SOURCE_PAGE_CLAIMS);
      seen.push(...page.citations.map((c) => c.id));
      after = page.nextAfter;
      pages++;
    } while (after && pages < 10);
    // Five citations per published case (roles, country, status, sentence, first event); the draft's are not public.
    expect(seen).toHaveLength(5 * CASES);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil((5 * CASES) / SOURCE_PAGE_CLAIMS));
    const draftQuotes = await db.citation.findMany({ where: { caseId: created.at(-1)!.caseId }, select: { id: true } });
    expect(seen).not.toEqual(expect.arrayContaining(draftQuotes.map((c) => c.id)));
  });

  it("answers statistics with a row per status, role and range, never one per person", async () => {
    const stats = await getStatistics({ countryCode: COUNTRY.code });
    expect(stats.total).toBe(CASES);
    expect(stats.byStatus).toEqual([{ status: "IMPRISONED", count: CASES }]);
    expect(stats.byRole).toEqual([{ role: "JOURNALIST", count: CASES }]);
    // Every case is in detention with no known start: all in one range, and the ranges are all there is.
    expect(stats.detentionTimes).toHaveLength(DETENTION_BUCKETS.length);
    expect(stats.detentionTimes.find((d) => d.bucket === "notKnown")?.count).toBe(CASES);
    expect(JSON.stringify(stats)).not.toContain("Many 0");
    expect(JSON.stringify(stats).length).toBeLessThan(3000);
  });

  it("lists a briefing's first cases up to the limit, counts them all, and says where the full list is", async () => {
    const briefing = (await getCountryBriefing({ code: COUNTRY.code, locale: "en", limit: 10 }))!;
    expect(briefing.cases.map((c) => c.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Many ${String(i).padStart(2, "0")}`),
    );
    expect(briefing.summary.total).toBe(CASES);
    expect(briefing.summary.byStatus).toEqual([{ status: "IMPRISONED", count: CASES }]);
    const en = briefingText(briefing, translatorFor("en")).limited!;
    expect(en).toContain(`first 10 of ${CASES} cases`);
    expect(en).toContain(`/api/exports/cases?country=${COUNTRY.code}&locale=en&format=csv`);
    expect(en).toContain("format=json");
    const ru = briefingText(
      (await getCountryBriefing({ code: COUNTRY.code, locale: "ru", limit: 10 }))!,
      translatorFor("ru"),
    ).limited!;
    expect(ru).toContain(`первые 10 из ${CASES} дел`);
    // Under the limit: every case, and no note.
    const whole = (await getCountryBriefing({ code: COUNTRY.code, locale: "en" }))!;
    expect(whole.cases).toHaveLength(CASES);
    expect(briefingText(whole, translatorFor("en")).limited).toBeNull();
  });

  it("refuses a briefing limit beyond 10,000 or below 1 with a 400, and takes one within it", async () => {
    const get = (query: string) =>
      briefingRoute(new Request(`http://localhost/api/briefings/${COUNTRY.code}?${query}`), {
        params: Promise.resolve({ code: COUNTRY.code }),
      });
    for (const limit of ["10001", "0", "-5", "many", "1.5"])
      expect((await get(`format=md&limit=${limit}`)).status, limit).toBe(400);
    const response = await get("format=md&limit=3");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`first 3 of ${CASES} cases`);
  });
});
