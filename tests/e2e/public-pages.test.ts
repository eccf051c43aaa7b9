// A reader's path through the public site, in Debian's Chromium against the production build.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";
import { PEOPLE_BY_COUNTRY, STATEMENT_PEOPLE } from "../support/seed-expectations";

const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser().newPage();
});
afterEach(async () => {
  await page.close();
});

const nameCells = (p: Page) => p.locator("table tbody tr td:first-child a").allTextContents();

describe("public site", () => {
  it("lists every person the Samarkand statement names", async () => {
    await page.goto(`${baseUrl}/en/cases?size=100`);
    expect(await page.title()).toBe("Cases · Habeas");
    const names = await nameCells(page);
    for (const name of STATEMENT_PEOPLE) expect(names, name).toContain(name);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
  });

  it("opens every published case page in both languages, whatever its status's dates", async () => {
    // Each shape of status time (a known start, only a dated report, nothing dated) renders; a page that
    // only some shapes break would hide among the ones a test happens to open.
    const { data } = (await (await fetch(`${baseUrl}/api/v1/cases?limit=100`)).json()) as { data: { slug: string }[] };
    expect(data.length).toBeGreaterThan(20);
    for (const { slug } of data) {
      for (const locale of ["en", "ru"]) {
        const response = await fetch(`${baseUrl}/${locale}/cases/${slug}`);
        expect(response.status, `${locale}/cases/${slug}`).toBe(200);
      }
    }
  });

  it("filters to Tajikistan with the form, keeps it in the URL, and the back button returns", async () => {
    await page.goto(`${baseUrl}/en/cases`);
    await page.getByLabel("Country").selectOption({ label: "Tajikistan" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/country=TJ/);
    expect((await nameCells(page)).sort()).toEqual([...PEOPLE_BY_COUNTRY.TJ!].sort());
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("country=TJ"));
    expect((await nameCells(page)).length).toBeGreaterThan(PEOPLE_BY_COUNTRY.TJ!.length);
  });

  it("reverses the order when the sorted Name header is clicked", async () => {
    await page.goto(`${baseUrl}/en/cases?size=100`);
    const ascending = await nameCells(page);
    await page.getByRole("link", { name: /^Name/ }).click();
    await page.waitForURL(/dir=desc/);
    expect(await nameCells(page)).toEqual([...ascending].reverse());
    expect(await page.locator("th[aria-sort]").getAttribute("aria-sort")).toBe("descending");
  });

  it("opens a case and shows where each fact comes from", async () => {
    await page.goto(`${baseUrl}/en/cases?country=TJ`);
    await page.getByRole("link", { name: "Buzurgmehr Yorov" }).click();
    await page.waitForURL(/\/cases\/buzurgmehr-yorov$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Buzurgmehr Yorov");
    const sources = page.locator("#sources-heading + ol li");
    expect(await sources.count()).toBeGreaterThan(0);
    expect(await sources.first().textContent()).toContain("Human rights activists and lawyers");
    expect(await page.getByText("Sentence").locator("xpath=following-sibling::dd[1]").textContent()).toBe("Not known");
    await page.locator('sup a[href^="#fn-"]').first().click();
    await page
      .getByRole("link", { name: /Joint statement of eight NGOs/ })
      .first()
      .click();
    await page.waitForURL(/\/sources\/src-samarkand-ngo-statement$/);
    expect(await page.getByText("Civil Rights Defenders —").count()).toBeGreaterThan(0);
  });

  it("answers bad parameters with a normal page and unknown addresses with a 404", async () => {
    const bad = await page.goto(`${baseUrl}/en/cases?status=NOPE&page=-1&q=${"x".repeat(5000)}`);
    expect(bad?.status()).toBe(200);
    expect(await page.locator("p[role=alert]").textContent()).toBe(
      "Ignored an invalid name filter, status, page number in the address.",
    );
    const missing = await page.goto(`${baseUrl}/en/cases/no-such-person`);
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Page not found");
  });

  it("shows a country's statistics with a chart and the same numbers as a table", async () => {
    await page.goto(`${baseUrl}/en/statistics?country=TJ`);
    const figure = page.getByRole("figure", { name: "Cases by status" });
    await figure.locator("svg.recharts-surface").waitFor();
    await figure.getByText("Show the numbers as a table").click();
    expect(await figure.locator("tbody tr").allTextContents()).toEqual(["Imprisoned12"]);
  });

  it("shows counts by country on the home page and each country's cases, laws and sources", async () => {
    await page.goto(`${baseUrl}/en`);
    await page.getByRole("link", { name: "Kyrgyzstan" }).click();
    await page.waitForURL(/\/countries\/KG$/);
    // Client-side navigation sets the title once the new page's metadata arrives.
    await expect.poll(() => page.title()).toBe("Kyrgyzstan · Habeas");
    for (const name of PEOPLE_BY_COUNTRY.KG!) expect(await page.getByRole("link", { name }).count(), name).toBe(1);
    expect(await page.getByText("Law on “foreign representatives”").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Sources" }).count()).toBe(1);
  });
});
