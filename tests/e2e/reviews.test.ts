// Reviewers in the browser: an edit made after submission is never published by the approval, and the review page
// shows the source, the quote and the change in words, with a rejection's reason going back to the proposer.
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

describe("reviews", () => {
  it("does not publish an edit made after the case was submitted for publication", async () => {
    const tag = randomBytes(3).toString("hex");
    const name = `Reviewbound Person ${tag}`;
    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard/cases/new`);
    await a.page.getByLabel("Full name, as the source spells it").fill(name);
    await a.page.getByRole("checkbox", { name: "Journalist" }).check();
    await a.page.getByLabel("Country").selectOption("KG");
    await a.page.getByLabel("New source: title").fill(`Report on ${name}`);
    await a.page.getByLabel("Quote that supports this").fill(`${name} was detained.`);
    await a.page.getByRole("button", { name: "Save as draft" }).click();
    await a.page.getByRole("heading", { name: "Publication" }).waitFor();

    await a.page.getByLabel(/Consent is unknown/).check();
    await a.page.getByRole("button", { name: "Publish" }).click();
    await a.page.getByRole("status").filter({ hasText: "goes public when another editor approves" }).waitFor();
    await a.page.reload();
    await a.page.getByLabel("Summary").fill("Added after it was submitted for review.");
    // A changed summary is a public fact: the edit cites its source, or the save is refused.
    await a.page.getByLabel("New source: title").fill(`Later report on ${name}`);
    await a.page.getByLabel("Quote that supports this").fill(`${name} was detained for a post.`);
    await a.page.getByRole("button", { name: "Save", exact: true }).click();
    await a.page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    const item = b.page.locator("li[data-change-id]").filter({ hasText: name });
    await item.getByRole("button", { name: "Approve" }).click();
    // An outcome stays beside the item; an approval that went through takes the item off the refreshed queue.
    await Promise.race([item.getByRole("status").waitFor(), item.waitFor({ state: "detached" })]);

    // The approval published nothing: not the edit, and not the case.
    const slug = name.toLowerCase().replace(/ /g, "-");
    const response = await fetch(`${baseUrl}/en/cases/${slug}`);
    expect((await response.text()).includes("Added after it was submitted"), "the edit is on the public page").toBe(
      false,
    );
    expect(response.status).toBe(404);
    expect(await item.getByRole("status").textContent()).toContain("Nothing was published");
    expect(await item.getByRole("note").textContent()).toContain("Changed after it was submitted");
    await b.context.close();

    const again = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    const notice = again.page.locator("[data-my-change='OUTDATED']").filter({ hasText: name });
    expect(await notice.textContent()).toContain("the case changed after you submitted it");
    await again.context.close();
  });

  it("shows a second editor the source, the quote and the change in words, and returns a rejection's reason", async () => {
    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.getByRole("link", { name: "Makhabat Tajibek Kyzy" }).click();
    await a.page.getByRole("link", { name: "Change status" }).click();
    await a.page.getByLabel("New status").selectOption("RELEASED");
    await a.page.getByLabel("Since (date)").fill("2025-07");
    await a.page.getByLabel("New source: title").fill("Bishkek court frees Makhabat Tajibek Kyzy");
    await a.page.getByLabel("New source: web address").fill("https://example.org/bishkek-court");
    await a.page.getByLabel("Quote that supports this").fill("The court released Makhabat Tajibek Kyzy in July 2025.");
    await a.page.getByRole("button", { name: "Save status" }).click();
    await a.page.getByRole("status").filter({ hasText: "another editor approves" }).waitFor();
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    const item = b.page
      .locator("li[data-change-id]")
      .filter({ hasText: "Makhabat Tajibek Kyzy" })
      .filter({ hasText: "Status change" });
    const source = item.getByRole("link", { name: "Bishkek court frees Makhabat Tajibek Kyzy" });
    expect(await source.getAttribute("href")).toBe("https://example.org/bishkek-court");
    const text = (await item.textContent()) ?? "";
    expect(text).toContain("The court released Makhabat Tajibek Kyzy in July 2025.");
    const diff = (await item.locator("[data-review-diff]").textContent()) ?? "";
    expect(diff).toContain("Released");
    expect(diff).toContain("July 2025");
    expect(diff).not.toMatch(/RELEASED|2025-07|T00:00/);
    expect(text).toContain("Consent to publication");

    await item.getByText("Reject…").click();
    await item
      .getByLabel(/Reason for rejecting/)
      .fill("The source does not say she was released; it reports a hearing.");
    // Rejecting asks first, in a dialog named by its heading with Cancel focused; Esc closes it without acting.
    const reject = item.getByRole("button", { name: "Reject", exact: true });
    await reject.click();
    const dialog = b.page.getByRole("dialog", { name: "Reject this change?" });
    await dialog.waitFor();
    expect(await b.page.evaluate(() => document.activeElement?.textContent)).toBe("Cancel");
    await b.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(await b.page.evaluate(() => document.activeElement?.textContent)).toBe("Reject");
    const changeId = await item.getAttribute("data-change-id");
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id: changeId! } })).state).toBe("PENDING");
    await reject.click();
    await dialog.getByRole("button", { name: "Reject the change" }).click();
    await item.getByRole("status").filter({ hasText: "Rejected" }).waitFor();
    await b.context.close();

    const back = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    const notice = back.page.locator("[data-my-change='REJECTED']").filter({ hasText: "Makhabat Tajibek Kyzy" });
    expect(await notice.textContent()).toContain("The source does not say she was released; it reports a hearing.");
    await back.context.close();
  });

  it("cites the approved status change's own source for the current status on the public page", async () => {
    // A case of its own, so no other test's expectations of the seeded people change.
    const person = await createCase(db);
    const title = `${person.fullName} freed`;
    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard/cases/${person.caseId}/status`);
    await a.page.getByLabel("New status").selectOption("RELEASED");
    await a.page.getByLabel("Since (date)").fill("2026-11");
    await a.page.getByLabel("New source: title").fill(title);
    await a.page.getByLabel("New source: web address").fill("https://example.org/mamyrkulova-freed");
    await a.page.getByLabel("Quote that supports this").fill(`${person.fullName} was freed in November 2026.`);
    await a.page.getByRole("button", { name: "Save status" }).click();
    await a.page.getByRole("status").filter({ hasText: "another editor approves" }).waitFor();
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    const item = b.page
      .locator("li[data-change-id]")
      .filter({ hasText: person.fullName })
      .filter({ hasText: "Status change" });
    const shown = (await item.textContent()) ?? "";
    expect(await item.getByRole("link", { name: title }).count(), shown).toBe(1);
    expect(shown).toContain(`${person.fullName} was freed in November 2026.`);
    await item.getByRole("button", { name: "Approve" }).click();
    // An approved item leaves the queue as the page refreshes; the public page below is what counts.
    await Promise.race([item.getByRole("status").waitFor(), item.waitFor({ state: "detached" })]);
    await b.context.close();

    // The public page, as a visitor reads it: the footnote on "Current status" leads to the new source and quote.
    const visitor = await browser().newPage();
    await visitor.goto(`${baseUrl}/en/cases/${person.slug}`);
    const current = visitor.locator("dt", { hasText: "Current status" }).locator("xpath=following-sibling::dd[1]");
    expect(await current.textContent()).toContain("Released");
    const anchors = await current
      .locator("a[href^='#fn-']")
      .evaluateAll((links) => links.map((l) => l.getAttribute("href")));
    expect(anchors.length).toBeGreaterThan(0);
    const notes = await Promise.all(anchors.map((href) => visitor.locator(href!).textContent()));
    expect(notes.join(" ")).toContain(title);
    expect(notes.join(" ")).toContain(`${person.fullName} was freed in November 2026.`);
    // The factory's first status cites the Samarkand statement; it no longer supports the current status.
    expect(notes.join(" ")).not.toContain("Samarkand");
    await visitor.close();
  });
});
