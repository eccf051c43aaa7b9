// The interface in Russian: chosen from the browser, switchable on any page, with no English left outside content.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";

const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();

async function pageIn(locale: string): Promise<Page> {
  const context = await browser().newContext({ locale });
  return context.newPage();
}

/** Latin-script words in visible text that is not marked as (English) content. */
function englishOutsideContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // The page title (streamed metadata, or the route announcer) is the source's English title on a source page.
      if (
        !parent ||
        parent.closest("script, style, title, [hidden], .sr-only, next-route-announcer, #__next-route-announcer__")
      )
        continue;
      if (parent.closest("[lang]")?.getAttribute("lang") !== "ru") continue;
      words.push(...(node.textContent?.match(/[A-Za-z]{3,}/g) ?? []));
    }
    // Names of the product and of file formats and protocols are the same in every language.
    const names = new Set([
      "Habeas",
      "API",
      "Atom",
      "PDF",
      "DOCX",
      "Word",
      "CSV",
      "Excel",
      "JSON",
      "Markdown",
      "OpenAPI",
    ]);
    return words.filter((w) => !names.has(w));
  });
}

describe("interface languages", () => {
  it("sends a Russian-speaking browser to /ru, with lang, title and hreflang alternates", async () => {
    const page = await pageIn("ru-RU");
    await page.goto(`${baseUrl}/cases`);
    expect(new URL(page.url()).pathname).toBe("/ru/cases");
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.title()).toBe("Дела · Habeas");
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`),
      );
    expect(alternates).toEqual(expect.arrayContaining(["en /en/cases", "ru /ru/cases"]));
    await page.context().close();
  });

  it("switches a case page to Russian: translated labels and the Cyrillic name beside the source spelling", async () => {
    const page = await pageIn("en-GB");
    await page.goto(`${baseUrl}/en/cases/marat-zhylanbayev`);
    expect(await page.getByText("Current status").count()).toBe(1);
    await page.getByRole("link", { name: "Русский" }).click();
    await page.waitForURL(/\/ru\/cases\/marat-zhylanbayev$/);
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    expect(heading).toContain("Марат Жыланбаев");
    expect(heading).toContain("(Marat Zhylanbayev)");
    expect(await page.getByText("Текущий статус").count()).toBe(1);
    expect(await page.getByText("Под стражей").first().isVisible()).toBe(true);
    expect(await page.getByText("транслитерация Habeas").count()).toBe(1);
    expect(await page.getByText("Этот текст доступен только на английском языке.").count()).toBe(1);
    await page.context().close();
  });

  it("keeps the query string when switching language", async () => {
    const page = await pageIn("en-GB");
    await page.goto(`${baseUrl}/en/cases?country=TJ&sort=since&dir=desc`);
    await page.getByRole("link", { name: "Русский" }).click();
    await page.waitForURL(/\/ru\/cases\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ country: "TJ", sort: "since", dir: "desc" });
    expect(await page.getByRole("columnheader", { name: /Страна/ }).count()).toBe(1);
    await page.context().close();
  });

  it("leaves no English outside the content on any public page in Russian", async () => {
    const page = await pageIn("ru-RU");
    const paths = [
      "/ru",
      "/ru/cases?size=100",
      "/ru/cases?status=NOPE",
      "/ru/cases/sabri-al-qurashi",
      "/ru/cases/azamat-ishenbekov",
      "/ru/countries",
      "/ru/countries/KG",
      "/ru/statistics?country=KZ",
      "/ru/search?q=Жыланбаев",
      "/ru/sources/src-samarkand-ngo-statement",
      "/ru/sources/src-intercept-guantanamo-kazakhstan",
      "/ru/no-such-page",
    ];
    for (const path of paths) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: "networkidle" });
      expect(await englishOutsideContent(page), path).toEqual([]);
    }
    await page.context().close();
  });
});
