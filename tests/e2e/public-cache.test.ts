// Public pages are served from the in-memory cache, and dropped when a change commits: the database notifies
// every server (LISTEN/NOTIFY), whichever process or script made the change.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const { DATABASE_URL } = inject("databaseEnv");
const browser = useSharedBrowser();

async function sql(text: string, params: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, params);
  } finally {
    await client.end();
  }
}

async function publicPage(slug: string): Promise<{ text: string; cache: string | null }> {
  const response = await fetch(`${baseUrl}/en/cases/${slug}`);
  return { text: await response.text(), cache: response.headers.get("x-habeas-cache") };
}

describe("public page cache", () => {
  it("serves a page from the cache until a change is committed, by the app or by anything else on the database", async () => {
    const slug = "azamat-ishenbekov";
    await publicPage(slug);
    const cached = await publicPage(slug);
    expect(cached.cache).toBe("hit");
    expect(cached.text).not.toContain("Written around the app");

    // The trigger's NOTIFY reaches the server at commit, so even a write it did not make drops its copy.
    await sql(`UPDATE person SET biography = $1 WHERE slug = $2`, ["Written around the app.", slug]);
    const written = Date.now();
    let page = await publicPage(slug);
    while (!page.text.includes("Written around the app") && Date.now() - written < 5000) page = await publicPage(slug);
    expect(page.text).toContain("Written around the app");
    expect(Date.now() - written).toBeLessThan(1000);

    const editor = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await editor.page.getByRole("link", { name: "Azamat Ishenbekov" }).click();
    await editor.page.getByRole("textbox", { name: "Internal notes" }).fill("Checked the public page");
    await editor.page.getByRole("button", { name: "Save", exact: true }).click();
    await editor.page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await editor.context.close();

    // Staff-only fields never reach the public page.
    expect((await publicPage(slug)).text).not.toContain("Checked the public page");
  });
});
