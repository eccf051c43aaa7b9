// The spreadsheet import as an editor meets it: a CSV with one bad row is checked at /dashboard/import, the report
// names the row, the column and what is wrong, nothing can be imported until it is fixed; the fixed file imports as
// drafts asking for publication, a second editor approves them (four-eyes), and the cases appear on /cases. Approving
// or rejecting a whole import asks first, saying how many changes it decides.
import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const browser = useSharedBrowser();

const header = "name,country,roles,status,status_since,source_title,source_url,quote";
// Its people are in Uzbekistan, a seeded country no other test counts exactly (the exports test counts KG's).
const line = (name: string, since: string) =>
  `${name},UZ,Journalist,Imprisoned,${since},Import journey statement,https://example.org/import-journey,${name} has been imprisoned since 2024.`;
const file = (lines: string[], name = "cases.csv") => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from([header, ...lines].join("\r\n") + "\r\n"),
});

// Letters only, so no two runs' names look alike to the duplicate check.
const word = () => [...randomBytes(6)].map((b) => "bdfgklmnprstvz"[b % 14]! + "aeiou"[b % 5]!).join("");

describe("spreadsheet import journey", () => {
  it("reports a bad row, imports the fixed file as drafts, and publishes them once a second editor approves", async () => {
    const tag = randomBytes(3).toString("hex");
    const names = [`Journey ${word()} ${tag}`, `Journey ${word()} ${tag}`];

    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard/import`);
    const upload = a.page.getByLabel("Spreadsheet (CSV or XLSX) or exchange file (JSON)");
    await upload.setInputFiles(file([line(names[0]!, "2024-11"), line(names[1]!, "11/2024")]));
    await a.page.getByLabel(/Ask for the new cases to be published/).check();
    await a.page.getByRole("button", { name: "Check the file" }).click();

    const report = a.page.getByRole("region", { name: "Report" });
    await report.getByRole("status").filter({ hasText: "1 new" }).waitFor();
    expect(await report.getByRole("status").textContent()).toContain("1 with errors");
    const badRow = report.getByRole("row").filter({ hasText: names[1]! });
    expect(await badRow.textContent()).toContain("row 3, status_since: use YYYY, YYYY-MM or YYYY-MM-DD");
    expect(await report.getByRole("button", { name: "Import" }).isDisabled()).toBe(true);

    // Fixed and checked again: choosing the new file drops the old report.
    await upload.setInputFiles(file([line(names[0]!, "2024-11"), line(names[1]!, "2024-11")]));
    await a.page.getByRole("button", { name: "Check the file" }).click();
    await report.getByRole("status").filter({ hasText: "2 new" }).waitFor();
    await report.getByRole("button", { name: "Import" }).click();
    await report.getByRole("status").filter({ hasText: "Imported: 2 new drafts" }).waitFor();
    expect(await report.getByRole("status").filter({ hasText: "Imported" }).textContent()).toContain(
      "2 publication requests",
    );
    // The importing editor cannot approve their own import: its review page says so and offers no button.
    await a.page.getByRole("link", { name: "Reviews" }).click();
    await a.page.getByRole("link", { name: "Review this import" }).first().click();
    await a.page.getByText("You ran this import, so another editor reviews it.").waitFor();
    expect(await a.page.getByRole("button", { name: /^Approve all/ }).count()).toBe(0);
    await a.context.close();

    // Drafts until approved.
    // The search page repeats the query, so a case is looked for by the link to its page.
    const search = (name: string) => `${baseUrl}/en/cases?q=${encodeURIComponent(name)}`;
    const pagePath = (name: string) => `/en/cases/${name.toLowerCase().replace(/ /g, "-")}`;
    for (const name of names) {
      const html = await (await fetch(search(name))).text();
      expect(html.includes(`href="${pagePath(name)}"`), `${name} is public before approval`).toBe(false);
      expect((await fetch(`${baseUrl}${pagePath(name)}`)).status).toBe(404);
    }

    // A second editor finds the import as one line under Reviews, reads its rows on its own page, and approves
    // all of them at once.
    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    const importLine = b.page.locator("li[data-import-id]").filter({ hasText: "2 changes waiting" });
    await importLine.getByRole("link", { name: "Review this import" }).click();
    for (const name of names) await b.page.locator("li[data-change-id]").filter({ hasText: name }).waitFor();
    await b.page.getByRole("button", { name: "Approve all 2 changes" }).click();
    const confirm = b.page.getByRole("dialog", { name: "Approve all 2 changes of this import?" });
    await confirm.getByRole("button", { name: "Approve 2 changes" }).click();
    await b.page.getByText("Done: 2 approved, 0 rejected").waitFor({ timeout: 60_000 });
    await b.context.close();

    const visitor = await browser().newContext({ locale: "en-GB" });
    const page = await visitor.newPage();
    for (const name of names) {
      await page.goto(search(name));
      await page.getByRole("link", { name }).first().waitFor();
    }
    await visitor.close();
  });

  it("asks before approving or rejecting a whole import, saying how many changes it decides", async () => {
    const tag = randomBytes(3).toString("hex");
    const fileName = `reject-${tag}.csv`;
    const names = [`Rejected ${word()} ${tag}`, `Rejected ${word()} ${tag}`];
    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard/import`);
    await a.page
      .getByLabel("Spreadsheet (CSV or XLSX) or exchange file (JSON)")
      .setInputFiles(file([line(names[0]!, "2024-11"), line(names[1]!, "2024-11")], fileName));
    await a.page.getByLabel(/Ask for the new cases to be published/).check();
    await a.page.getByRole("button", { name: "Check the file" }).click();
    const report = a.page.getByRole("region", { name: "Report" });
    await report.getByRole("status").filter({ hasText: "2 new" }).waitFor();
    await report.getByRole("button", { name: "Import" }).click();
    await report.getByRole("status").filter({ hasText: "Imported: 2 new drafts" }).waitFor();
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    await b.page
      .locator("li[data-import-id]")
      .filter({ hasText: fileName })
      .getByRole("link", { name: "Review this import" })
      .click();
    // Cancelling the question approves nothing.
    await b.page.getByRole("button", { name: "Approve all 2 changes" }).click();
    const approve = b.page.getByRole("dialog", { name: "Approve all 2 changes of this import?" });
    expect(await approve.textContent()).toContain("This approves 2 changes at once");
    await approve.getByRole("button", { name: "Cancel" }).click();
    await approve.waitFor({ state: "hidden" });
    await b.page.reload();
    await b.page.getByRole("button", { name: "Approve all 2 changes" }).waitFor();

    // The import's own "Reject all…", not the reject form of each change listed below it.
    const rejectAll = b.page.locator("details", { has: b.page.getByText("Reject all…") });
    await rejectAll.getByText("Reject all…").click();
    await rejectAll.getByLabel("Reason for rejecting (the proposer sees it)").fill("Not sourced well enough.");
    await rejectAll.getByRole("button", { name: "Reject", exact: true }).click();
    const reject = b.page.getByRole("dialog", { name: "Reject all 2 changes of this import?" });
    expect(await reject.textContent()).toContain("None of the 2 changes is applied.");
    await reject.getByRole("button", { name: "Reject 2 changes" }).click();
    await b.page.getByText("Done: 0 approved, 2 rejected").waitFor({ timeout: 60_000 });
    await b.context.close();
  });
});
