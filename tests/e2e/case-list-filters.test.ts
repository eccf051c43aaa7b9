// The /cases filter form shows the filter in force however the visitor got there, and the list fits a phone.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";

const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser().newPage();
});
afterAll(async () => {
  await page.close();
});

const country = () => page.getByLabel("Country").inputValue();

describe("/cases filter form", () => {
  it("is empty again after Clear filters", async () => {
    await page.goto(`${baseUrl}/en/cases?country=TJ&role=JOURNALIST`);
    expect(await country()).toBe("TJ");
    await page.getByRole("link", { name: "Clear filters" }).click();
    await page.waitForURL((url) => url.pathname === "/en/cases" && url.search === "");
    expect(await country()).toBe("");
    expect(await page.getByLabel("Role").inputValue()).toBe("");
  });

  it("stays in step with the list through Back and Forward", async () => {
    await page.goto(`${baseUrl}/en/cases`);
    await page.getByLabel("Country").selectOption({ label: "Tajikistan" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/country=TJ/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("country="));
    expect(await country()).toBe("");
    await page.goForward();
    await page.waitForURL(/country=TJ/);
    expect(await country()).toBe("TJ");
  });

  it("names an unknown country in the notice and does not show it as chosen", async () => {
    await page.goto(`${baseUrl}/en/cases?country=XX&status=NOPE`);
    const notice = await page.getByText(/^Ignored an invalid/).textContent();
    expect(notice).toContain("country");
    expect(notice).toContain("status");
    expect(await country()).toBe("");
    expect(await page.locator("table tbody tr td:first-child a").count()).toBeGreaterThan(0);
  });

  it("says a page past the end does not exist instead of 'Page 99 of 2'", async () => {
    await page.goto(`${baseUrl}/en/cases?page=99`);
    const pagination = await page.getByRole("navigation", { name: "Pagination" }).textContent();
    expect(pagination).toMatch(/There is no page 99: the list has \d+ pages?\./);
    expect(pagination).not.toContain("Page 99 of");
    await page.getByRole("link", { name: /^Go to page \d+$/ }).click();
    await page.waitForURL(/page=\d+/);
    expect(await page.locator("table tbody tr").count()).toBeGreaterThan(0);
  });

  it("shows name, status and since on a 390 px phone without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const locale of ["en", "ru"]) {
      await page.goto(`${baseUrl}/${locale}/cases`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), locale).toBeLessThanOrEqual(390);
      const row = page.locator("table tbody tr").first();
      for (const cell of [1, 4, 5]) {
        const box = await row.locator(`td:nth-child(${cell})`).boundingBox();
        expect(box, `${locale} cell ${cell}`).not.toBeNull();
        expect(box!.x + box!.width, `${locale} cell ${cell}`).toBeLessThanOrEqual(390);
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
