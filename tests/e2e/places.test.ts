// Places of detention in the browser: an editor records a place with its address, a second editor approves it,
// the first puts a published case there with a dated, cited stay, and after approval the public case page names
// the place and the place's page shows its address and the case. Every save of a stay is confirmed, and a proposed
// stay reads right on the staff case page at phone width in Russian.
import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { createCase } from "../factories/cases";
import { createPlace } from "../factories/places";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const browser = useSharedBrowser();
const db = createPrismaClient(serverTarget(inject("databaseEnv").DATABASE_URL!));
afterAll(() => db.$disconnect());

/** The second editor approves the pending change whose review item mentions `text`. */
async function approveAsSecondEditor(b: () => Browser, text: string) {
  const { context, page } = await signedInPage(b(), baseUrl, staff.editorB, staff.password);
  await page.getByRole("link", { name: "Reviews" }).click();
  const item = page.locator("li[data-change-id]").filter({ hasText: text });
  await item.getByRole("button", { name: "Approve" }).click();
  await Promise.race([item.getByRole("status").waitFor(), item.waitFor({ state: "detached" })]);
  await context.close();
}

describe("places of detention", () => {
  it("records a place with its address through review, and a published case held there shows it", async () => {
    const tag = randomBytes(3).toString("hex");
    const placeName = `Correctional Colony No. ${tag}`;
    // Uzbekistan: a seeded country no other test counts exactly (the exports test counts KG's people).
    const held = await createCase(db, { country: "UZ", fullName: `Held Person ${tag}` });

    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard/records/place/new`);
    await a.page.getByLabel("Name", { exact: true }).fill(placeName);
    await a.page.getByLabel("Kind", { exact: true }).selectOption("PENAL_COLONY");
    await a.page.getByLabel("Country", { exact: true }).selectOption("UZ");
    await a.page.getByLabel("Region", { exact: true }).fill("Tashkent Region");
    await a.page.getByLabel("Postal address in the local script").fill(`Исправительная колония № ${tag}, г. Ташкент`);
    await a.page.getByLabel("Postal address in Latin letters").fill(`Correctional colony No. ${tag}, Tashkent`);
    await a.page.getByLabel(/Rules for writing/).fill("Letters in Russian or Uzbek.");
    await a.page.getByLabel("Letters must give the recipient's year of birth").check();
    await a.page.getByLabel("New source: title").fill(`Prison service list ${tag}`);
    await a.page.getByLabel("Quote that supports this").fill(`Colony No. ${tag}, Tashkent.`);
    await a.page.getByRole("button", { name: "Create" }).click();
    await a.page.getByRole("status").filter({ hasText: "another editor's approval" }).waitFor();
    expect(await db.place.count({ where: { name: placeName } })).toBe(0);

    await approveAsSecondEditor(browser, placeName);
    const place = await db.place.findFirstOrThrow({ where: { name: placeName } });
    expect(place.letterNeedsBirthYear).toBe(true);

    await a.page.goto(`${baseUrl}/en/dashboard/cases/${held.caseId}`);
    await a.page.getByRole("link", { name: "Add a stay / transfer" }).click();
    await a.page.getByLabel("Place of detention").selectOption(place.id);
    await a.page.getByLabel("Held there since").fill("2025-03");
    await a.page.getByLabel("New source: title").fill(`Transfer report ${tag}`);
    await a.page.getByLabel("Quote that supports this").fill(`${held.fullName} was moved to Colony No. ${tag}.`);
    await a.page.getByRole("button", { name: "Create" }).click();
    await a.page.getByRole("status").filter({ hasText: "another editor's approval" }).waitFor();
    await a.context.close();

    await approveAsSecondEditor(browser, held.fullName);

    const visitor = await browser().newContext();
    const page = await visitor.newPage();
    await page.goto(`${baseUrl}/en/cases/${held.slug}`);
    const heldAt = page.locator("dt", { hasText: "Held at" }).locator("xpath=following-sibling::dd[1]");
    expect(await heldAt.textContent()).toContain(placeName);
    expect(await heldAt.textContent()).toContain("March 2025");
    await heldAt.getByRole("link", { name: placeName }).click();
    await page.getByRole("heading", { level: 1, name: placeName }).waitFor();
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body).toContain(`Correctional colony No. ${tag}, Tashkent`);
    expect(body).toContain(`Исправительная колония № ${tag}, г. Ташкент`);
    expect(body).toContain("year of birth");
    await page.getByRole("link", { name: held.fullName }).waitFor();
    await visitor.close();
  }, 300_000);

  it("confirms every save of a stay: at once on a draft, as waiting for review on a published case", async () => {
    const tag = randomBytes(3).toString("hex");
    const place = await createPlace(db, { country: "UZ", name: `Pre-trial Detention Centre ${tag}` });
    const draft = await createCase(db, { country: "UZ", visibility: "DRAFT", fullName: `Draft Held ${tag}` });
    const published = await createCase(db, { country: "UZ", fullName: `Published Held ${tag}` });
    const { context, page } = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    const addStay = async (caseId: string, since: string) => {
      await page.goto(`${baseUrl}/en/dashboard/cases/${caseId}`);
      await page.getByRole("link", { name: "Add a stay / transfer" }).click();
      await page.getByLabel("Place of detention").selectOption(place.id);
      await page.getByLabel("Held there since").fill(since);
      await page.getByLabel("New source: title").fill(`Transfer report ${tag}`);
      await page.getByLabel("Quote that supports this").fill(`Moved to the centre ${tag}.`);
      await page.getByRole("button", { name: "Create" }).click();
    };

    await addStay(draft.caseId, "2025-02");
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved\.$/ })
      .waitFor();
    // Edited from the case page, it is confirmed the same way.
    await page.goto(`${baseUrl}/en/dashboard/cases/${draft.caseId}`);
    await page.locator("[data-related='placeStay']").getByRole("link", { name: "Edit" }).click();
    await page.getByLabel("Held there since").fill("2025-01");
    // A changed stay is a changed fact, cited like any other, even while its case is a draft.
    await page.getByLabel("New source: title").fill(`Correction ${tag}`);
    await page.getByLabel("Quote that supports this").fill(`Moved to the centre ${tag} in January.`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Saved\.$/ })
      .waitFor();

    await addStay(published.caseId, "2025-03");
    await page.getByRole("status").filter({ hasText: "another editor's approval" }).waitFor();

    // The proposed stay on the staff case page, at phone width in Russian: every field's name fits its column,
    // and only the stay's own fields are listed (the form also sends the place form's checkbox, unticked).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/ru/dashboard/cases/${published.caseId}`);
    const diff = page.locator("section[aria-labelledby='pending-heading'] table[data-review-diff]");
    await diff.waitFor();
    const labels = await diff.locator("th[scope='row']").allTextContents();
    expect(labels).toEqual(["Содержится там с", "Место заключения"]);
    const overflowing = await diff.evaluate((table) =>
      [...table.querySelectorAll("th, td")]
        .filter((cell) => cell.scrollWidth > cell.clientWidth)
        .map((cell) => cell.textContent),
    );
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  }, 120_000);
});
