// Two `npm start` servers on one database, as behind a load balancer: a change approved on the first shows on
// the second's next request, though the second had the page in its cache. The database's change notice
// (LISTEN/NOTIFY) is what tells it; the fallback age limit alone would take 30 seconds.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { createCase } from "../factories/cases";
import { useSharedBrowser } from "../support/browser";
import { freePort, startAppServer, type AppServer } from "../support/server-process";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const databaseEnv = inject("databaseEnv");
const browser = useSharedBrowser();
const db = createPrismaClient(serverTarget(databaseEnv.DATABASE_URL!));
let second: AppServer;

beforeAll(async () => {
  second = await startAppServer(
    { ...databaseEnv, NODE_ENV: "production", NEXTAUTH_SECRET: randomBytes(32).toString("hex") },
    await freePort(),
  );
}, 120_000);

afterAll(async () => {
  if (second?.process.pid) process.kill(-second.process.pid, "SIGTERM");
});

async function casePage(server: string, slug: string): Promise<{ text: string; cache: string | null }> {
  const response = await fetch(`${server}/en/cases/${slug}`);
  return { text: await response.text(), cache: response.headers.get("x-habeas-cache") };
}

describe("two servers on one database", () => {
  it("shows a change approved on the first server on the second's next request, within one second", async () => {
    // A published case of its own, so this test neither depends on the staff list's order nor changes a seeded person.
    const person = await createCase(db);
    const slug = person.slug;
    const summary = `Reviewed on server one, ${randomBytes(3).toString("hex")}.`;
    await casePage(second.baseUrl, slug);
    const cached = await casePage(second.baseUrl, slug);
    expect(cached.cache, "the second server serves the page from its cache").toBe("hit");
    expect(cached.text).not.toContain(summary);

    const a = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await a.page.goto(`${baseUrl}/en/dashboard/cases/${person.caseId}`);
    await a.page.getByLabel("Summary").fill(summary);
    // A changed summary is a public fact: the edit cites its source.
    await a.page.getByLabel("New source: title").fill(`Report ${summary}`);
    await a.page.getByLabel("Quote that supports this").fill(summary);
    await a.page.getByRole("button", { name: "Save", exact: true }).click();
    await a.page.getByRole("status").filter({ hasText: "wait for another editor's approval" }).waitFor();
    await a.context.close();

    const b = await signedInPage(browser(), baseUrl, staff.editorB, staff.password);
    await b.page.getByRole("link", { name: "Reviews" }).click();
    const item = b.page.locator("li[data-change-id]").filter({ hasText: person.fullName });
    await item.getByRole("button", { name: "Approve" }).click();
    await item.waitFor({ state: "detached" });
    const approvedAt = Date.now();
    await b.context.close();

    let seen = await casePage(second.baseUrl, slug);
    while (!seen.text.includes(summary) && Date.now() - approvedAt < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = await casePage(second.baseUrl, slug);
    }
    const delay = Date.now() - approvedAt;
    expect(seen.text.includes(summary), "the second server shows the approved summary").toBe(true);
    expect(delay, "milliseconds from the approval until the second server shows it").toBeLessThan(1000);
  });
});
