// Public pages are served from the in-memory cache: a write that bypasses the app (as another process's
// would) stays unseen, and the next editor action through the app makes the page read the database again.
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

async function publicPageText(slug: string): Promise<string> {
  return (await fetch(`${baseUrl}/en/cases/${slug}`)).text();
}

describe("public page cache", () => {
  it("keeps serving a cached page until an editor's change invalidates it", async () => {
    const slug = "azamat-ishenbekov";
    expect(await publicPageText(slug)).not.toContain("Written around the app");
    await sql(`UPDATE person SET biography = $1 WHERE slug = $2`, ["Written around the app.", slug]);
    expect(await publicPageText(slug)).not.toContain("Written around the app");

    const editor = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    await editor.page.getByRole("link", { name: "Azamat Ishenbekov" }).click();
    await editor.page.getByLabel("Internal notes").fill("Checked the public page");
    await editor.page.getByRole("button", { name: "Save", exact: true }).click();
    await editor.page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    await editor.context.close();

    expect(await publicPageText(slug)).toContain("Written around the app");
  });
});
