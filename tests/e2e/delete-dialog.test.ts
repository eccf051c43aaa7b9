// The delete-case dialog says what deleting does to this case: a draft is on no public page, so nothing leaves the
// public site; a published case leaves it once a second editor approves (four-eyes publishing is on).
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { createCase, deleteTestCase } from "../factories/cases";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const browser = useSharedBrowser();
const db = createPrismaClient(serverTarget(inject("databaseEnv").DATABASE_URL!));
const made: { personId: string; caseId: string }[] = [];
afterAll(async () => {
  for (const c of made) await deleteTestCase(db, c);
  await db.$disconnect();
});

/** Opens the dialog on the case's staff page, reads it, and cancels: nothing is deleted. */
async function deleteDialogText(page: Page, locale: "en" | "ru", caseId: string): Promise<string> {
  await page.goto(`${baseUrl}/${locale}/dashboard/cases/${caseId}`);
  const [button, title, cancel] =
    locale === "en" ? ["Delete case", "Delete this case?", "Cancel"] : ["Удалить дело", "Удалить это дело?", "Отмена"];
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? "";
  await dialog.getByRole("button", { name: cancel }).click();
  await dialog.waitFor({ state: "hidden" });
  return text;
}

describe("the delete-case dialog", () => {
  it("tells the editor of a draft that it is not on the public site, and of a published case that it leaves it", async () => {
    const draft = await createCase(db, { visibility: "DRAFT" });
    made.push(draft);
    const { context, page } = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);

    const draftText = await deleteDialogText(page, "en", draft.caseId);
    expect(draftText).toContain("This draft is not on the public site");
    expect(draftText).not.toContain("leaves the public site");
    expect(await deleteDialogText(page, "ru", draft.caseId)).toContain("Этого черновика нет на публичном сайте");

    // A seeded published case; the dialog is cancelled, so it stays as it was.
    const publishedText = await deleteDialogText(page, "en", "case-aktilek-kaparov");
    expect(publishedText).toContain("Its removal from the public site goes to a second editor for approval.");
    expect(
      await db.case.count({ where: { id: { in: [draft.caseId, "case-aktilek-kaparov"] }, deletedAt: null } }),
    ).toBe(2);
    await context.close();
  });
});
