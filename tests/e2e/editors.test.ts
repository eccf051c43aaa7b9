// Editors in the browser: a status change goes public only after a colleague approves it, and a stale
// edit from a second window is refused without losing either value.
import { generate } from "otplib";
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const browser = useSharedBrowser();

async function publicStatus(slug: string): Promise<string> {
  const page = await browser().newPage();
  await page.goto(`${baseUrl}/en/cases/${slug}`);
  const status = (await page.locator("dt:has-text('Current status') + dd span").first().textContent()) ?? "";
  await page.close();
  return status;
}

describe("editors", () => {
  it("refuses the editors' area to visitors", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/dashboard`);
    expect(new URL(page.url()).pathname).toBe("/en/sign-in");
    const session = await (await fetch(`${baseUrl}/api/auth/session`)).json();
    expect(session).toEqual({});
    await page.close();
  });

  it("tells an editor that an admin page is for admins, with a 403 and its own title, in both languages", async () => {
    const { context, page } = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    for (const [locale, heading, path] of [
      ["en", "Admins only", "users"],
      ["en", "Admins only", "settings"],
      ["ru", "Только для администраторов", "audit"],
    ] as const) {
      const response = await page.goto(`${baseUrl}/${locale}/dashboard/${path}`);
      expect(response?.status(), path).toBe(403);
      expect(new URL(page.url()).pathname).toBe(`/${locale}/dashboard/${path}`);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await page.title()).toContain(heading);
    }
    await context.close();
  });

  it("publishes a released status with its source only after a second editor approves", async () => {
    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.getByRole("link", { name: "Aktilek Kaparov" }).click();
    await a.page.getByRole("link", { name: "Change status" }).click();
    await a.page.getByLabel("New status").selectOption("RELEASED");
    await a.page.getByLabel("Since (date)").fill("2025-06");
    await a.page.getByLabel("New source: title").fill("Kyrgyz court lifts probation");
    await a.page.getByLabel("New source: publisher").fill("Test Wire");
    await a.page
      .getByLabel("Quote that supports this")
      .fill("The court released Aktilek Kaparov from probation in June 2025.");
    await a.page.getByRole("button", { name: "Save status" }).click();
    await a.page.getByRole("status").filter({ hasText: "another editor approves" }).waitFor();
    expect(await publicStatus("aktilek-kaparov")).toBe("Probation");
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    const change = b.page.locator("li[data-change-id]").filter({ hasText: "Aktilek Kaparov" });
    await change.getByRole("button", { name: "Approve" }).click();
    // An approved change leaves the queue once the page refreshes.
    await change.waitFor({ state: "detached" });
    // The approval is in the case's history.
    await b.page.goto(`${baseUrl}/en/dashboard`);
    await b.page.getByRole("link", { name: "Aktilek Kaparov" }).click();
    await b.page.getByRole("link", { name: "History" }).click();
    await b.page.waitForURL(/\/history$/);
    expect(await b.page.locator("li[data-action='CHANGE_APPROVED']").count()).toBeGreaterThan(0);
    await b.context.close();

    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/cases/aktilek-kaparov`);
    expect(await page.locator("dt:has-text('Current status') + dd span").first().textContent()).toBe("Released");
    expect(await page.getByText("June 2025").count()).toBeGreaterThan(0);
    expect(await page.locator("#sources-heading + ol").textContent()).toContain(
      "The court released Aktilek Kaparov from probation in June 2025.",
    );
    await page.close();
  });

  it("a status form with an invalid date keeps the status, source and quote, and says what is wrong with the date", async () => {
    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.getByRole("link", { name: "Aktilek Kaparov" }).click();
    await a.page.getByRole("link", { name: "Change status" }).click();
    await a.page.getByLabel("New status").selectOption("PARDONED");
    await a.page.getByLabel("Since (date)").fill("June 2025");
    await a.page.getByLabel("New source: title").fill("A pardon reported");
    await a.page.getByLabel("New source: publisher").fill("Test Wire");
    await a.page.getByLabel("Quote that supports this").fill("He was pardoned.");
    await a.page.getByRole("button", { name: "Save status" }).click();
    const date = a.page.getByLabel("Since (date)");
    await a.page.locator("[aria-invalid='true']#field-when").waitFor();
    // The error sits beside its field and is announced with it.
    expect(await date.getAttribute("aria-describedby")).toContain("field-when-error");
    expect(await a.page.locator("#field-when-error").textContent()).not.toBe("");
    expect(await date.inputValue()).toBe("June 2025");
    expect(await a.page.getByLabel("New status").inputValue()).toBe("PARDONED");
    expect(await a.page.getByLabel("New source: title").inputValue()).toBe("A pardon reported");
    expect(await a.page.getByLabel("New source: publisher").inputValue()).toBe("Test Wire");
    expect(await a.page.getByLabel("Quote that supports this").inputValue()).toBe("He was pardoned.");
    expect(await a.page.locator("#field-when-error").textContent()).toBe("Use YYYY, YYYY-MM or YYYY-MM-DD.");

    // A date of the right shape that is no date says what is wrong with it, in the reader's language.
    await date.fill("2024-02-30");
    await a.page.getByRole("button", { name: "Save status" }).click();
    await a.page
      .locator("#field-when-error")
      .filter({ hasText: "There is no day 30 in February 2024: that month has 29 days." })
      .waitFor();
    await a.page.goto(`${baseUrl}/ru/dashboard/cases/case-aktilek-kaparov`);
    await a.page.locator("#field-arrest").fill("2024-13");
    await a.page.getByRole("button", { name: "Сохранить", exact: true }).click();
    await a.page
      .locator("#field-arrest-error")
      .filter({ hasText: "Месяца 13 нет: номер месяца — от 01 до 12." })
      .waitFor();
    await a.context.close();
  });

  it("refuses the second of two concurrent edits and keeps both values in the history", async () => {
    const first = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    const second = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    for (const { page } of [first, second]) {
      await page.getByRole("link", { name: "Daler Imomali" }).click();
      await page.getByRole("heading", { name: "Edit case" }).waitFor();
    }
    await first.page.getByRole("textbox", { name: "Internal notes" }).fill("Lawyer visited on Monday");
    await first.page.getByRole("button", { name: "Save", exact: true }).click();
    await first.page.getByRole("status").filter({ hasText: "Saved" }).waitFor();

    await second.page.getByRole("textbox", { name: "Internal notes" }).fill("Family has not heard from him");
    await second.page.getByRole("button", { name: "Save", exact: true }).click();
    const alert = second.page.getByRole("alert").filter({ hasText: "Someone else saved this case" });
    await alert.waitFor();
    // The refusal names the field as the form does, not by its column, and the typed value stays.
    expect(await alert.textContent()).toContain("Internal notes");
    expect(await alert.textContent()).not.toContain("internalNotes");
    expect(await second.page.getByRole("textbox", { name: "Internal notes" }).inputValue()).toBe(
      "Family has not heard from him",
    );

    // Reloading shows the saved value, with the refused one beside it to put back.
    await alert.getByRole("button", { name: /Reload the current values/ }).click();
    await second.page.locator("[data-kept-notice]").waitFor();
    const notes = second.page.getByRole("textbox", { name: "Internal notes" });
    expect(await notes.inputValue()).toBe("Lawyer visited on Monday");
    const kept = second.page.locator("[data-kept-value='internalNotes']");
    expect(await kept.textContent()).toContain("Family has not heard from him");
    await kept.getByRole("button", { name: "Put it back" }).click();
    expect(await notes.inputValue()).toBe("Family has not heard from him");
    await kept.waitFor({ state: "detached" });

    const dialogs: string[] = [];
    second.page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.accept();
    });
    await second.page.getByRole("link", { name: "History" }).click();
    await second.page.waitForURL(/\/history$/);
    expect(dialogs).toEqual(["You have unsaved changes. Leave this page and lose them?"]);
    const history = await second.page.locator("main").textContent();
    expect(history).toContain("Lawyer visited on Monday");
    expect(history).toContain("Family has not heard from him");
    expect(history).toContain("Stale save refused");
    await first.context.close();
    await second.context.close();

    const publicPage = await browser().newPage();
    await publicPage.goto(`${baseUrl}/en/cases/daler-imomali`);
    expect(await publicPage.content()).not.toContain("Lawyer visited");
    await publicPage.close();
  });

  it("lets an admin with two-factor sign-in reach the audit log, which lists that sign-in", async () => {
    const admin = await signedInPage(browser(), baseUrl, staff.admin, staff.password, () =>
      generate({ secret: staff.adminTotpSecret }),
    );
    await admin.page.getByRole("link", { name: "Audit log" }).click();
    await admin.page.getByRole("heading", { name: "Audit log" }).waitFor();
    // Its own sign-in, so the test needs nothing from the tests before it.
    const signIns = admin.page.locator("li[data-action='LOGIN_SUCCEEDED']").filter({ hasText: staff.admin });
    expect(await signIns.count()).toBeGreaterThan(0);
    await admin.context.close();
  });
});
