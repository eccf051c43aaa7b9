// The briefing PDF paints everything the typesetter measured: every table cell and every word of a profile
// longer than a page comes back out of the PDF, in Latin and Cyrillic; the table header repeats and every page
// is numbered.
import { describe, expect, it } from "vitest";
import { briefingPdf } from "@/lib/export-formats/briefing-pdf";
import type { BriefingText } from "@/lib/export-formats/briefing-text";
import { pdfText } from "../support/read-documents";
import { normaliseSpace } from "../support/text";

const CASES = 150;
const name = (i: number) => `Person${i} Тестов${i}`;
const biography = Array.from({ length: 700 }, (_, i) => `слово${i} word${i}`).join(" ");

const briefing: BriefingText = {
  title: "Testland: country briefing",
  asOf: "As of 1 May 2025",
  asOfSentence: "As of 1 May 2025.",
  intro: "Intro.",
  filter: "All statuses.",
  headings: {
    summary: "Summary",
    asks: "Key asks",
    laws: "Laws",
    demands: "Demands",
    cases: "Cases",
    profiles: "Case notes",
    sources: "Sources",
  },
  overview: `As of 1 May 2025, Habeas's published records count ${CASES} people in Testland. By status on that date: imprisoned, ${CASES}.`,
  limited: null,
  asks: [`Release: ${CASES} people — President of Testland`],
  noAsks: "None.",
  organisation: null,
  detention: "Not known.",
  columns: ["Name", "Role", "Status", "Since", "Charges", "Sentence", "Held at"],
  laws: [],
  demands: [],
  rows: Array.from({ length: CASES }, (_, i) => ({
    cells: [name(i), "Journalist", "Imprisoned", `${i} May 2020`, `Charge${i} «клевета»`, "Not known", `Colony${i}`],
    sources: [1],
  })),
  paragraphs: Array.from({ length: CASES }, (_, i) => ({
    heading: name(i),
    compact: i % 2 === 1,
    text: i === 7 ? biography : `Profile${i} текст.`,
    sources: [1],
  })),
  sources: [{ number: 1, text: "Joint statement, 10 April 2025", url: null }],
  untranslated: null,
  noneRecorded: "None recorded.",
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
};

describe("briefing PDF layout", () => {
  // Typesetting and re-reading 150 cases takes about 3 s alone; beside the integration suites on a shared CPU it
  // can pass the 5 s default, so it gets room that a real hang would still exceed.
  it("loses no cell, no word and no header on its way through the typesetter", { timeout: 30_000 }, async () => {
    const text = normaliseSpace(await pdfText(await briefingPdf(briefing)));
    for (let i = 0; i < CASES; i++) {
      for (const cell of [`Person${i}`, `Тестов${i}`, `Charge${i}`, `Colony${i}`, `Profile${i}`])
        expect(text, cell).toContain(cell);
    }
    const words = biography.split(" ");
    const missing = words.filter((w) => !new RegExp(`(^|\\s)${w}(\\s|$)`).test(text));
    expect(missing).toEqual([]);
    expect(text.split("Held at").length - 1).toBeGreaterThan(3);
    const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(5);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
  });
});
