// The header search box: suggestions as you type, by keyboard, whichever spelling you have.
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";

const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();

describe("search box", () => {
  it("suggests Marat Zhylanbayev for «Жыланбаев» and opens his page by keyboard", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en`);
    const box = page.getByRole("combobox", { name: "Search people by name" });
    await box.fill("Жыланбаев");
    const option = page.getByRole("option", { name: /Marat Zhylanbayev/ });
    await option.waitFor();
    await box.press("ArrowDown");
    expect(await option.getAttribute("aria-selected")).toBe("true");
    await box.press("Enter");
    await page.waitForURL(/\/en\/cases\/marat-zhylanbayev$/);
    await page.close();
  });

  it("lists the best match first on the results page for «jylanbaev»", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en`);
    const box = page.getByRole("combobox", { name: "Search people by name" });
    await box.fill("jylanbaev");
    await box.press("Enter");
    await page.waitForURL(/\/en\/search\?q=jylanbaev/);
    expect(await page.locator("main ol li a").first().textContent()).toBe("Marat Zhylanbayev");
    const odd = await page.goto(`${baseUrl}/en/search?q=${encodeURIComponent("'; DROP TABLE person; --%_\\")}`);
    expect(odd?.status()).toBe(200);
    expect(await page.getByText(/No name or alias matches/).count()).toBe(1);
    await page.close();
  });
});
