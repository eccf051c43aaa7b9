// An advocate's exports from the browser: the Tajikistan briefing as PDF and DOCX, and a CSV in Russian.
import { readFile } from "node:fs/promises";
import ru from "@/messages/ru.json";
import type { Page } from "playwright-core";
import { parse } from "csv-parse/sync";
import { describe, expect, inject, it } from "vitest";
import { useSharedBrowser } from "../support/browser";
import { docxParts, pdfText, wordText } from "../support/read-documents";
import { normaliseSpace } from "../support/text";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";

const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();

async function download(page: Page, label: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: label }).click()]);
  return new Uint8Array(await readFile((await file.path())!));
}

describe("exports in the browser", () => {
  it("downloads the Tajikistan briefing as a PDF listing every case with its sources", async () => {
    const context = await browser().newContext({ acceptDownloads: true, locale: "en-GB" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/countries/TJ`);
    await page.getByText("Export", { exact: true }).click();
    const text = normaliseSpace(await pdfText(await download(page, "Briefing (PDF)")));
    for (const name of PEOPLE_BY_COUNTRY.TJ!) expect(text, name).toContain(name);
    expect(text).toContain("Sources");
    expect(text).toContain("Joint statement of eight NGOs");

    const docx = docxParts(await download(page, "Briefing (Word, DOCX)"));
    expect(wordText(docx["word/document.xml"]!)).toContain("Tajikistan: country briefing");
    await context.close();
  });

  it("downloads the filtered case list as CSV in Russian with intact Cyrillic", async () => {
    const context = await browser().newContext({ acceptDownloads: true, locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/ru/cases?country=KG`);
    await page.getByText("Экспорт", { exact: true }).click();
    const bytes = await download(page, "Дела (CSV для Excel)");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { columns: true, bom: true }) as Record<string, string>[];
    // A Russian CSV has Russian headers; the source's spelling of each name has its own column.
    const source = ru.CaseExport.column.name_source;
    expect(rows.map((r) => r[source]).sort()).toEqual([...PEOPLE_BY_COUNTRY.KG!].sort());
    expect(rows.find((r) => r[source] === "Azamat Ishenbekov")![ru.CaseExport.column.status_label]).toBe(
      "Помилован(а)",
    );
    await context.close();
  });

  it("shows the printable briefing with the options applied", async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/countries/KG/briefing?status=PROBATION`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Kyrgyzstan: country briefing");
    const table = await page.locator("article table tbody").textContent();
    expect(table).toContain("Aike Beishekeyeva");
    expect(table).not.toContain("Azamat Ishenbekov");
    await page.close();
  });
});
