// An advocate writes to a person in detention from the browser: the case page gives the envelope in both scripts
// and a printable pack, at desktop and phone width, in English and Russian; an editor's "letters not advised" takes
// both off the public site at once, and with them every way from the person to the place's address.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { createCase, deleteTestCase } from "../factories/cases";
import { addStay, createPlace, deletePlaces } from "../factories/places";
import { useSharedBrowser } from "../support/browser";
import { pdfText } from "../support/read-documents";
import { signedInPage } from "../support/sign-in";
import { normaliseSpace } from "../support/text";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const db = createPrismaClient(serverTarget(inject("databaseEnv").DATABASE_URL!));
const browser = useSharedBrowser();
let held: Awaited<ReturnType<typeof createCase>>;
let place: Awaited<ReturnType<typeof createPlace>>;
const ADDRESS = "720000, г. Бишкек, ул. Тестовая, 1, СИЗО-1";

beforeAll(async () => {
  held = await createCase(db, { fullName: "Envelope Person" });
  await db.personAlias.create({
    data: { personId: held.personId, name: "Энвелоп Персон", script: "CYRILLIC", kind: "NATIVE_SPELLING" },
  });
  place = await createPlace(db, { addressLocal: ADDRESS, addressLatin: "720000, Bishkek, ul. Testovaya 1, SIZO-1" });
  await addStay(db, held.caseId, place.id);
});

afterAll(async () => {
  await deletePlaces(db, [held.caseId], [place.id]);
  await deleteTestCase(db, held);
  await db.$disconnect();
});

describe("letters in the browser", () => {
  it("shows the envelope on the case page in English and Russian, at 1280 and 390 px, without sideways scrolling", async () => {
    for (const [locale, heading] of [
      ["en", "Write to Envelope Person"],
      ["ru", "Написать письмо: Энвелоп Персон"],
    ] as const)
      for (const width of [1280, 390]) {
        const page = await browser().newPage({ viewport: { width, height: 900 } });
        await page.goto(`${baseUrl}/${locale}/cases/${held.slug}`);
        const section = page.locator("[data-write-to]");
        await section.scrollIntoViewIfNeeded();
        expect(await section.getByRole("heading", { level: 3 }).textContent(), `${locale} ${width}`).toBe(heading);
        expect(await section.locator("address").first().textContent()).toBe(`Энвелоп Персон\n${ADDRESS}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
        await page.close();
      }
  });

  it("downloads the printable pack, and an editor's 'letters not advised' hides section and pack at once", async () => {
    const context = await browser().newContext({ acceptDownloads: true, locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/cases/${held.slug}`);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Printable letter pack (PDF)" }).click(),
    ]);
    const text = normaliseSpace(await pdfText(new Uint8Array(await readFile((await file.path())!))));
    expect(text).toContain(`Энвелоп Персон ${ADDRESS}`);
    expect(text).toContain("Before you write");

    const editor = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await editor.page.goto(`${baseUrl}/en/dashboard/cases/${held.caseId}`);
    const advice = editor.page.locator("section[aria-labelledby=letters-advice-heading]");
    await advice.getByLabel("Letters not advised").check();
    await advice.getByRole("button", { name: "Save the letter-writing choice" }).click();
    await editor.page.getByText("Saved. The public page offers no letters for this case.").waitFor();
    await editor.context.close();

    await page.reload();
    expect(await page.locator("[data-write-to]").count()).toBe(0);
    // The place is still named, but nothing leads from the person to its address.
    await page.getByText(place.name).first().waitFor();
    expect(await page.locator(`a[href$="/places/${place.slug}"]`).count()).toBe(0);
    await page.goto(`${baseUrl}/en/places/${place.slug}`);
    await page.getByText("720000, Bishkek, ul. Testovaya 1, SIZO-1").waitFor();
    expect(await page.getByText("Envelope Person").count()).toBe(0);
    const pack = await page.request.get(`${baseUrl}/api/cases/${held.slug}/letter-pack?locale=en`);
    expect(pack.status()).toBe(404);
    await context.close();
  });
});
