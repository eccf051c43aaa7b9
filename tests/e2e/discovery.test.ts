// Sharing and discovery on the production build: link-preview tags on the configured site address, generated
// share images (PNG for a published case, 404 for a draft or a deleted one), robots.txt and the sitemap index
// (published people, never a draft), and the About page in both languages with what an admin set under Settings.
import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { ORGANISATION_KEY, ORGANISATION_LOGO_KEY } from "@/lib/server/internal/organisation-settings";
import { createCase, deleteTestCase } from "../factories/cases";
import { useSharedBrowser } from "../support/browser";
import { rawRequest } from "../support/raw-http";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const db = createPrismaClient(serverTarget(inject("databaseEnv").DATABASE_URL!));
const browser = useSharedBrowser();
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let published: Awaited<ReturnType<typeof createCase>>;
let draft: Awaited<ReturnType<typeof createCase>>;
let deleted: Awaited<ReturnType<typeof createCase>>;
const CYRILLIC_NAME = `Тестовый Человек ${randomBytes(2).toString("hex")}`;

beforeAll(async () => {
  published = await createCase(db);
  draft = await createCase(db, { visibility: "DRAFT" });
  deleted = await createCase(db);
  await db.case.update({ where: { id: deleted.caseId }, data: { deletedAt: new Date() } });
  await db.personAlias.create({
    data: {
      personId: published.personId,
      name: CYRILLIC_NAME,
      script: "CYRILLIC",
      kind: "TRANSLITERATION",
      origin: "EDITORIAL",
    },
  });
});
afterAll(async () => {
  for (const c of [published, draft, deleted]) if (c) await deleteTestCase(db, c);
  await db.setting.deleteMany({ where: { key: { in: [ORGANISATION_KEY, ORGANISATION_LOGO_KEY] } } });
  await db.$disconnect();
});

async function tags(page: Page, url: string) {
  await page.goto(url);
  const meta = (attr: string, key: string) => page.locator(`meta[${attr}="${key}"]`).getAttribute("content");
  return {
    ogTitle: await meta("property", "og:title"),
    ogUrl: await meta("property", "og:url"),
    ogImage: await meta("property", "og:image"),
    ogDescription: await meta("property", "og:description"),
    twitterCard: await meta("name", "twitter:card"),
    twitterImage: await meta("name", "twitter:image"),
    canonical: await page.locator('link[rel="canonical"]').getAttribute("href"),
    ruAlternate: await page.locator('link[rel="alternate"][hreflang="ru"]').getAttribute("href"),
  };
}

async function expectPng(url: string): Promise<void> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  expect(response.headers.get("content-type"), url).toBe("image/png");
  // Not the year ImageResponse sends by default: a takedown must reach link previews within a minute.
  expect(response.headers.get("cache-control"), url).toBe("public, max-age=60");
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 8)], url).toEqual(PNG_MAGIC);
}

/** Every <loc> of the sitemap index and of each sitemap it names. */
async function sitemapUrls(): Promise<{ files: string[]; urls: string[]; xml: string }> {
  const index = await fetch(`${baseUrl}/sitemap.xml`);
  expect(index.status).toBe(200);
  expect(index.headers.get("content-type")).toContain("application/xml");
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const files = locs(await index.text());
  let xml = "";
  for (const file of files) {
    const response = await fetch(file);
    expect(response.status, file).toBe(200);
    xml += await response.text();
  }
  return { files, urls: locs(xml), xml };
}

describe("link previews", () => {
  it("give a case page Open Graph and Twitter tags, canonical and hreflang on the configured address", async () => {
    const page = await browser().newPage();
    const en = await tags(page, `${baseUrl}/en/cases/${published.slug}`);
    expect(en.ogUrl).toBe(`${baseUrl}/en/cases/${published.slug}`);
    expect(en.canonical).toBe(`${baseUrl}/en/cases/${published.slug}`);
    expect(en.ruAlternate).toBe(`${baseUrl}/ru/cases/${published.slug}`);
    expect(en.ogTitle).toBe(published.fullName);
    expect(en.ogDescription).toContain(published.fullName);
    expect(en.ogImage!.startsWith(`${baseUrl}/en/cases/${published.slug}/opengraph-image`)).toBe(true);
    expect(en.twitterCard).toBe("summary_large_image");
    expect(en.twitterImage).toBe(en.ogImage);
    // The Russian page names the person as it shows them: in Cyrillic.
    const ru = await tags(page, `${baseUrl}/ru/cases/${published.slug}`);
    expect(ru.ogTitle).toBe(CYRILLIC_NAME);
    expect(ru.ogUrl).toBe(`${baseUrl}/ru/cases/${published.slug}`);
    await page.close();
  });

  it("tag every other public page too, with the site's share image", async () => {
    const page = await browser().newPage();
    for (const path of [
      "/en",
      "/ru/cases",
      "/en/countries",
      "/ru/statistics",
      "/en/about",
      "/en/sources/src-samarkand-ngo-statement",
    ]) {
      const found = await tags(page, `${baseUrl}${path}`);
      expect(found.ogUrl, path).toBe(`${baseUrl}${path}`);
      expect(found.twitterCard, path).toBe("summary_large_image");
      expect(found.ogImage, path).toBe(`${baseUrl}/${path.slice(1, 3)}/opengraph-image`);
    }
    await expectPng(`${baseUrl}/ru/opengraph-image`);
    await page.close();
  });

  it("never take their address from the request's Host header", async () => {
    const answer = await rawRequest(baseUrl, "GET", `/en/cases/${published.slug}`, {
      Host: "attacker.example",
      "X-Forwarded-Host": "attacker.example",
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(`<meta property="og:url" content="${baseUrl}/en/cases/${published.slug}"/>`);
    expect(answer.body).not.toContain("attacker.example");
  });
});

describe("share images", () => {
  it("are PNGs for a published case, in both languages, and for a country page", async () => {
    const page = await browser().newPage();
    for (const locale of ["en", "ru"]) {
      const { ogImage } = await tags(page, `${baseUrl}/${locale}/cases/${published.slug}`);
      await expectPng(ogImage!);
    }
    const country = await tags(page, `${baseUrl}/ru/countries/TJ`);
    expect(country.ogImage!.startsWith(`${baseUrl}/ru/countries/TJ/opengraph-image`)).toBe(true);
    await expectPng(country.ogImage!);
    await page.close();
  });

  it("are a 404 for a draft, a deleted case and an unknown one", async () => {
    const page = await browser().newPage();
    const { ogImage } = await tags(page, `${baseUrl}/en/cases/${published.slug}`);
    await page.close();
    for (const slug of [draft.slug, deleted.slug, "no-such-person"]) {
      const url = ogImage!.replace(published.slug, slug);
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type"), url).not.toContain("image");
    }
  });
});

describe("robots.txt and the sitemap", () => {
  it("keep crawlers out of the editors' area and name the sitemap on the configured address", async () => {
    const response = await fetch(`${baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const line of [
      "Disallow: /en/dashboard",
      "Disallow: /ru/sign-in",
      "Disallow: /api/",
      `Sitemap: ${baseUrl}/sitemap.xml`,
    ]) {
      expect(text).toContain(line);
    }
  });

  it("list a published case in both languages and never a draft or a deleted one", async () => {
    const { files, urls, xml } = await sitemapUrls();
    expect(files[0]).toBe(`${baseUrl}/sitemaps/pages.xml`);
    expect(files.some((f) => f === `${baseUrl}/sitemaps/cases-0.xml`)).toBe(true);
    expect(urls).toContain(`${baseUrl}/en/cases/${published.slug}`);
    expect(urls).toContain(`${baseUrl}/ru/cases/${published.slug}`);
    expect(urls).toContain(`${baseUrl}/ru/about`);
    expect(urls).toContain(`${baseUrl}/en/countries/TJ`);
    for (const hidden of [draft.slug, deleted.slug]) expect(xml).not.toContain(hidden);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${baseUrl}/ru/cases/${published.slug}"/>`);
    expect(new Set(urls).size).toBe(urls.length);
    expect((await fetch(`${baseUrl}/sitemaps/cases-999.xml`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/sitemaps/other.xml`)).status).toBe(404);
  });
});

describe("the About page", () => {
  it("explains the method in both languages and says plainly when no one has set who runs the site", async () => {
    await db.setting.deleteMany({ where: { key: { in: [ORGANISATION_KEY, ORGANISATION_LOGO_KEY] } } });
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en`);
    await page.getByRole("link", { name: /^About Habeas/ }).click();
    await page.waitForURL(`${baseUrl}/en/about`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("About Habeas");
    for (const heading of [
      "Every fact cites a source and a quote",
      "What “Not known” means",
      "How statuses are placed in time",
    ]) {
      await page.getByRole("heading", { name: heading }).waitFor();
    }
    await page.getByText("have not yet given their name here").waitFor();
    await page.goto(`${baseUrl}/ru/about`);
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("О проекте Habeas");
    await page.getByRole("heading", { name: "Что значит «Неизвестно»" }).waitFor();
    await page.close();
  });

  it("shows the name, logo and contact an admin saves under Settings", async () => {
    const admin = await signedInPage(browser(), baseUrl, staff.admin, staff.password, () =>
      generate({ secret: staff.adminTotpSecret }),
    );
    const name = `Правозащитный центр ${randomBytes(2).toString("hex")}`;
    await admin.page.goto(`${baseUrl}/en/dashboard/settings`);
    await admin.page.getByLabel("Organisation name").fill(name);
    await admin.page.getByLabel("Contact line").fill("corrections@example.org");
    await admin.page.getByLabel("Logo", { exact: true }).setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: Buffer.from(await (await fetch(`${baseUrl}/apple-icon.png`)).arrayBuffer()),
    });
    await admin.page.getByRole("button", { name: "Save" }).last().click();
    await admin.page.getByText("Saved.").waitFor();
    await admin.context.close();

    const page = await browser().newPage();
    await page.goto(`${baseUrl}/ru/about`);
    await page.getByText(`Эту установку Habeas ведёт ${name}.`).waitFor();
    expect(await page.getByRole("link", { name: "corrections@example.org" }).getAttribute("href")).toBe(
      "mailto:corrections@example.org",
    );
    const logo = await page.getByRole("img", { name: `Логотип: ${name}` }).getAttribute("src");
    const image = await fetch(`${baseUrl}${logo}`);
    expect(image.headers.get("content-type")).toBe("image/png");
    await page.close();
  });
});
