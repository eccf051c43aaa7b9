// Bulk actions on the staff case table in the browser: an editor selects three cases and submits them for
// publication after a confirmation naming how many, and a second editor finds three reviews, one per case. The same
// bar in Russian on a 390 px phone changes the three cases' country, with nothing wider than the screen.
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { createCase } from "../factories/cases";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const browser = useSharedBrowser();
const db = createPrismaClient(serverTarget(inject("databaseEnv").DATABASE_URL!));

describe("bulk actions on the staff case table", () => {
  it("changes three cases' country in Russian at 390 px, then submits them for publication for three reviews", async () => {
    const tag = randomBytes(3).toString("hex");
    const names = ["One", "Two", "Three"].map((n) => `Bulkcase ${tag} ${n}`);
    const cases = [];
    for (const fullName of names) {
      const c = await createCase(db, { visibility: "DRAFT", fullName });
      await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES" } });
      cases.push(c);
    }

    const ru = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await ru.page.setViewportSize({ width: 390, height: 844 });
    await ru.page.goto(`${baseUrl}/ru/dashboard?q=${tag}`);
    await ru.page.getByRole("checkbox", { name: "Выбрать все дела на этой странице" }).check();
    await ru.page.getByText("Выбрано 3 дела").waitFor();
    const width = await ru.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "the page is no wider than the phone").toBeLessThanOrEqual(390);
    await ru.page.getByText("Изменить поле").click();
    await ru.page.getByLabel("Новая страна").selectOption("UZ");
    await ru.page.getByLabel("Источник", { exact: true }).selectOption("src-samarkand-ngo-statement");
    await ru.page.getByLabel("Цитата, подтверждающая это").fill(`${names.join(", ")} содержатся в Узбекистане.`);
    await ru.page.getByRole("button", { name: "Изменить страну" }).click();
    const confirm = ru.page.getByRole("dialog", { name: "Изменить страну 3 дел на «Узбекистан»?" });
    await confirm.getByRole("button", { name: "Изменить 3 дела" }).click();
    const ruResults = ru.page.locator("[data-bulk-results]");
    await ruResults.getByText("Выполнено: 3 из 3.").waitFor();
    expect(await ruResults.locator("[data-outcome='applied']").count()).toBe(3);
    await ru.page.getByText("Ничего не выбрано").waitFor();
    expect(await ru.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await ru.context.close();
    const moved = await db.case.findMany({
      where: { id: { in: cases.map((c) => c.caseId) } },
      select: { countryCode: true },
    });
    expect(moved.map((c) => c.countryCode)).toEqual(["UZ", "UZ", "UZ"]);

    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard?q=${tag}`);
    await a.page.getByRole("button", { name: "Submit for publication" }).click();
    await a.page.getByRole("alert").filter({ hasText: "Select at least one case in the table." }).waitFor();
    for (const name of names) await a.page.getByRole("checkbox", { name: `Select ${name}` }).check();
    await a.page.getByText("3 cases selected").waitFor();
    await a.page.getByRole("button", { name: "Submit for publication" }).click();
    const dialog = a.page.getByRole("dialog", { name: "Submit 3 cases for publication?" });
    await dialog.getByRole("button", { name: "Submit 3 cases" }).click();
    const results = a.page.locator("[data-bulk-results]");
    await results.getByText("3 of 3 went through.").waitFor();
    for (const name of names)
      await results
        .locator("[data-outcome='submitted']")
        .filter({ hasText: `${name}: submitted for review.` })
        .waitFor();
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    // A full load, not a client navigation, so the queue is there and not its loading state.
    await b.page.goto(`${baseUrl}/en/dashboard/reviews`);
    // Each item's heading names its person ("… · name · proposed by …"); the quote names all three.
    // The queue is oldest first and paged; other tests' requests may come before these three.
    const seen: string[] = [];
    for (let pageNo = 0; pageNo < 20; pageNo++) {
      const items = b.page.locator("li[data-change-id]").filter({ hasText: `Bulkcase ${tag}` });
      for (const text of await items.allTextContents()) seen.push(...names.filter((n) => text.includes(`${n} ·`)));
      const next = b.page.getByRole("link", { name: "Next page" });
      if (seen.length >= 3 || (await next.count()) === 0) break;
      await b.page.goto(new URL((await next.getAttribute("href"))!, baseUrl).toString());
    }
    expect(seen.sort()).toEqual([...names].sort());
    await b.context.close();
  });
});
