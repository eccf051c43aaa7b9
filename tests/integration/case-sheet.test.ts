// A person's case sheet as an institution receives it: identity, status history, charges, demands and numbered
// sources, dated and with numbered pages, in the requested language.
import { describe, expect, it } from "vitest";
import { caseSheetPdf } from "@/lib/export-formats/case-sheet-pdf";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { pdfText } from "../support/read-documents";
import { normaliseSpace } from "../support/text";

describe("case sheet", () => {
  it("holds identity, status, history, demands and sources, with the date and page numbers", async () => {
    const person = (await getPersonPage("sabri-al-qurashi"))!;
    const text = normaliseSpace(await pdfText(await caseSheetPdf(person, "en")));
    for (const expected of [
      "Case sheet",
      "Sabri al-Qurashi",
      "Former Guantánamo detainee",
      "Restricted, without legal status",
      "Status history",
      "Use all diplomatic and legal resources to facilitate a (re)transfer to another country. — Government of the United States",
      "permanent facial paralysis",
      "Sources",
      "The Intercept",
      "Page 1 of",
    ])
      expect(text, expected).toContain(expected);
    expect(text).toMatch(/As of \w+ \d{1,2}, 20\d\d/);
  });

  it("speaks Russian around the English records", async () => {
    const person = (await getPersonPage("marat-zhylanbayev"))!;
    const text = normaliseSpace(await pdfText(await caseSheetPdf(person, "ru")));
    for (const expected of [
      "Карточка дела",
      "Марат Жыланбаев (Marat Zhylanbayev)",
      "История статуса",
      "Неизвестно",
      "Страница 1 из 1",
    ])
      expect(text, expected).toContain(expected);
    // No start is known, so the sheet dates the status by the statement that reports it.
    expect(text).toContain("Неизвестно; по сообщению от 10 апреля 2025 г. (Joint statement of eight NGOs");
  });
});
