// axe-core on every public page, in both languages, at desktop and phone width, and on the editors' pages:
// zero violations of WCAG 2.x A and AA. axe runs inside the page, evaluated from the npm package's own file
// through the DevTools protocol (the pages' script policy rightly refuses an injected <script>).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { serverTarget } from "@/lib/db/target";
import { createCase } from "../factories/cases";
import { addStay, createPlace } from "../factories/places";
import { useSharedBrowser } from "../support/browser";
import { signedInPage } from "../support/sign-in";

const baseUrl = inject("baseUrl");
const staff = inject("staff");
const browser = useSharedBrowser();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WIDTHS = [1280, 390] as const;

type Violation = { id: string; help: string; nodes: { target: string[] }[] };

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations;
  });
  return found.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

/** The seed records no place of detention, so one is made here, holding a published case, for its page. */
async function placePath(): Promise<string> {
  const db = createPrismaClient(serverTarget(inject("databaseEnv").DATABASE_URL!));
  const place = await createPlace(db);
  await addStay(db, (await createCase(db)).caseId, place.id);
  await db.$disconnect();
  return `/places/${place.slug}`;
}

async function publicPaths(): Promise<string[]> {
  const { data } = (await (await fetch(`${baseUrl}/api/v1/cases?limit=1`)).json()) as { data: { slug: string }[] };
  const sources = (await (await fetch(`${baseUrl}/api/v1/sources?limit=1`)).json()) as { data: { id: string }[] };
  return [
    "",
    "/cases",
    `/cases/${data[0]!.slug}`,
    "/countries",
    "/countries/TJ",
    "/countries/TJ/briefing",
    "/statistics",
    "/search?q=Rakhmon",
    `/sources/${sources.data[0]!.id}`,
    "/about",
    "/api-docs",
    "/places",
    await placePath(),
  ];
}

async function check(context: BrowserContext, url: string, width: number): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(400);
  const found = await violations(page);
  await page.close();
  return found.map((v) => `${url} at ${width} px: ${v}`);
}

describe("accessibility", () => {
  it("finds no axe violations on the public pages, in English and Russian, at 1280 and 390 px", async () => {
    const context = await browser().newContext();
    const found: string[] = [];
    for (const path of await publicPaths())
      for (const locale of ["en", "ru"])
        for (const width of WIDTHS) found.push(...(await check(context, `${baseUrl}/${locale}${path}`, width)));
    await context.close();
    expect(found).toEqual([]);
  }, 600_000);

  it("finds no axe violations on the editors' pages", async () => {
    const { context } = await signedInPage(browser(), baseUrl, staff.editorA, staff.password);
    const found: string[] = [];
    for (const path of [
      "/dashboard",
      "/dashboard/cases/new",
      "/dashboard/reviews",
      "/dashboard/records",
      "/dashboard/records/demand",
      "/dashboard/records/place/new",
      "/dashboard/import",
      "/dashboard/exchange",
      "/dashboard/account",
    ])
      for (const width of WIDTHS) found.push(...(await check(context, `${baseUrl}/en${path}`, width)));
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);
});
