// Against the production server: the security headers on public pages (rendered and cached), the editors'
// area and the API; pages that still hydrate and work in Chromium under the policy, with no violation; links
// that a hostile Host cannot poison; and a draft's source that is a 404.
import { randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import pg from "pg";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";
import { signInOverHttp } from "../support/http-session";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const { DATABASE_URL } = inject("databaseEnv");
const browser = useSharedBrowser();
const fresh = () => randomBytes(4).toString("hex");

function expectSecurityHeaders(headers: Headers | Record<string, string>, label: string) {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]) ?? "";
  const policy = get("content-security-policy");
  const scripts = policy.split("; ").find((d) => d.startsWith("script-src ")) ?? "";
  expect(scripts, label).toMatch(/^script-src 'self'/);
  expect(scripts, label).not.toContain("unsafe-inline");
  expect(policy, label).toContain("frame-ancestors 'none'");
  expect(get("x-content-type-options"), label).toBe("nosniff");
  expect(get("referrer-policy"), label).toBe("strict-origin-when-cross-origin");
  expect(get("permissions-policy"), label).toContain("camera=()");
  expect(get("x-frame-options"), label).toBe("DENY");
  // The test server is plain http, so no HSTS (the unit test covers https).
  expect(get("strict-transport-security"), label).toBe("");
  return scripts;
}

/** Records every policy violation and every console error the page reports. */
async function watchedPage(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    // The browser's own request for /favicon.ico, which the site does not have, is the one error allowed.
    if (m.text().startsWith("Failed to load resource") && m.location().url.endsWith("/favicon.ico")) return;
    problems.push(`${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

/** A client-side interaction that needs hydrated React: the header's search suggestions. */
async function searchSuggests(page: Page) {
  await page.getByRole("combobox", { name: "Search people by name" }).fill("Жыланбаев");
  await page.getByRole("option", { name: /Marat Zhylanbayev/ }).waitFor({ timeout: 15_000 });
}

function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("security headers and policy", () => {
  it("sends the headers on the API, static files, the editors' area and public pages, rendered and cached", async () => {
    expectSecurityHeaders((await fetch(`${baseUrl}/api/v1/countries`)).headers, "API");
    expectSecurityHeaders((await fetch(`${baseUrl}/en/sign-in`)).headers, "sign-in");
    expectSecurityHeaders((await fetch(`${baseUrl}/en/dashboard`, { redirect: "manual" })).headers, "editors' area");
    const html = await (await fetch(`${baseUrl}/en`)).text();
    const asset = html.match(/\/_next\/static\/[^"]+\.js/)![0];
    expectSecurityHeaders((await fetch(`${baseUrl}${asset}`)).headers, "static file");

    // The first response is read to its end before asking again: a page is stored once it has been sent whole.
    const path = `/en/countries?t=${fresh()}`;
    const first = await fetch(`${baseUrl}${path}`);
    await first.text();
    const second = await fetch(`${baseUrl}${path}`);
    expect(first.headers.get("x-habeas-cache")).toBeNull();
    expect(second.headers.get("x-habeas-cache")).toBe("hit");
    // Rendered: a nonce of its own. Cached: the hashes of the scripts, and no nonce anyone could reuse.
    expect(expectSecurityHeaders(first.headers, "rendered page")).toMatch(/'nonce-[A-Za-z0-9+/=]{24}'/);
    const cached = expectSecurityHeaders(second.headers, "cached page");
    expect(cached).not.toContain("nonce-");
    expect(cached).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
    const again = await fetch(`${baseUrl}/en/countries?t=${fresh()}`);
    expect(again.headers.get("content-security-policy")).not.toBe(first.headers.get("content-security-policy"));
  });

  it("sends the headers on a signed-in editor's page itself, not only on the redirect to sign-in", async () => {
    const cookie = await signInOverHttp(baseUrl, staff.editorA, staff.password);
    expect(cookie).toBeTruthy();
    const dashboard = await fetch(`${baseUrl}/en/dashboard`, { headers: { cookie: cookie! }, redirect: "manual" });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("Reviews");
    expect(expectSecurityHeaders(dashboard.headers, "signed-in dashboard")).toMatch(/'nonce-[A-Za-z0-9+/=]{24}'/);
    expect(dashboard.headers.get("x-habeas-cache")).toBeNull();
  });

  it("hydrates and works under the policy, rendered and from the cache, with no violation", async () => {
    const page = await browser().newPage();
    const problems = await watchedPage(page);
    const path = `/en/countries?t=${fresh()}`;
    const rendered = await page.goto(`${baseUrl}${path}`);
    expect(await rendered!.headerValue("x-habeas-cache")).toBeNull();
    await searchSuggests(page);
    const cached = await page.goto(`${baseUrl}${path}`);
    expect(await cached!.headerValue("x-habeas-cache")).toBe("hit");
    await searchSuggests(page);
    await page.getByRole("combobox", { name: "Search people by name" }).press("ArrowDown");
    await page.getByRole("combobox", { name: "Search people by name" }).press("Enter");
    await page.waitForURL(/\/en\/cases\/marat-zhylanbayev$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lets an editor sign in and work in the editors' area with no violation", async () => {
    const context = await browser().newContext({ locale: "en-GB" });
    const page = await context.newPage();
    const problems = await watchedPage(page);
    await page.goto(`${baseUrl}/en/sign-in`);
    await page.getByLabel("Email").fill(staff.editorA);
    await page.getByLabel("Password").fill(staff.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/en\/dashboard$/);
    await page.getByRole("link", { name: "Reviews" }).click();
    await page.waitForURL(/\/en\/dashboard\/reviews$/);
    await page.goBack();
    await page.getByRole("link", { name: "Azamat Ishenbekov" }).click();
    await page.getByRole("textbox", { name: "Internal notes" }).fill("Checked under the content security policy");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("cannot be framed: the editors' area and the public pages refuse another site's frame", async () => {
    const page = await browser().newPage();
    const problems = await watchedPage(page);
    await page.setContent(`<iframe src="${baseUrl}/en/sign-in"></iframe><iframe src="${baseUrl}/en/cases"></iframe>`);
    await page.waitForTimeout(2_000);
    const framed = page.frames().filter((f) => f !== page.mainFrame());
    expect(framed).toHaveLength(2);
    for (const frame of framed) expect(frame.url()).toMatch(/^chrome-error:/);
    expect(problems.join("\n")).toMatch(/frame-ancestors|X-Frame-Options/);
    await page.close();
  });
});

describe("the site's own address", () => {
  it("keeps a hostile Host or X-Forwarded-Host out of the Link header and the cached page", async () => {
    const path = `/en/cases?country=KZ&t=${fresh()}`;
    const hostile = await rawGet(path, {
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(hostile.status).toBe(200);
    expect(hostile.headers.link).toContain(`<${baseUrl}/en/cases>; rel="alternate"; hreflang="en"`);
    expect(hostile.headers.link).not.toContain("evil");
    expect(hostile.body).not.toContain("evil.example");

    const visitor = await rawGet(path, {});
    expect(visitor.headers["x-habeas-cache"]).toBe("hit");
    expect(visitor.headers.link).toBe(hostile.headers.link);
    expect(visitor.body).not.toContain("evil.example");

    const redirect = await rawGet("/cases", {
      host: "evil.example",
      "x-forwarded-host": "evil.example",
      "accept-language": "ru",
    });
    expect(redirect.status).toBe(307);
    expect(redirect.headers.location).not.toContain("evil");
    expect(new URL(redirect.headers.location!, baseUrl).toString()).toBe(`${baseUrl}/ru/cases`);
  });
});

describe("sources of drafts", () => {
  it("answers 404 for a source that only a draft cites, and leaves it out of the API", async () => {
    const tag = fresh();
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO source (id, title, publisher, url, kind, updated_at) VALUES ($1, $2, 'Leak Publisher', 'https://example.org/leak', 'NEWS_ARTICLE', now())`,
        [`src-${tag}`, `Draft person ${tag}`],
      );
      await client.query(`INSERT INTO person (id, slug, full_name, updated_at) VALUES ($1, $1, $2, now())`, [
        `person-${tag}`,
        `Draft person ${tag}`,
      ]);
      await client.query(
        `INSERT INTO "case" (id, person_id, country_code, status, visibility, updated_at) VALUES ($1, $2, 'KZ', 'DETAINED', 'DRAFT', now())`,
        [`case-${tag}`, `person-${tag}`],
      );
      await client.query(
        `INSERT INTO citation (id, source_id, quote, claim, case_id, updated_at) VALUES ($1, $2, 'quote', 'status', $3, now())`,
        [`cit-${tag}`, `src-${tag}`, `case-${tag}`],
      );
    } finally {
      await client.end();
    }
    for (const locale of ["en", "ru"]) {
      const response = await fetch(`${baseUrl}/${locale}/sources/src-${tag}`);
      expect(response.status, locale).toBe(404);
      expect(await response.text(), locale).not.toContain(`Draft person ${tag}`);
    }
    expect(await (await fetch(`${baseUrl}/api/v1/sources?limit=100`)).text()).not.toContain(tag);
  });
});
