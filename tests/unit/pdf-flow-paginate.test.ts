// The typesetter behind the long briefing sections: random tables and paragraphs (Latin and Cyrillic words)
// must come out complete, in order, inside the page, with table headers repeated and headings kept with text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FlowBlock, PlacedItem, TextStyle } from "@/lib/export-formats/pdf-flow/blocks";
import { paginate } from "@/lib/export-formats/pdf-flow/paginate";

const BOX = { width: 400, height: 300 };
const BODY: TextStyle = { face: "regular", size: 9, lineHeight: 1.35, color: "#000000" };
const HEADING: TextStyle = { ...BODY, face: "bold", size: 12 };
const WIDTHS = [0.4, 0.3, 0.3];

const word = fc.constantFrom(
  "Abdullo",
  "Ghurbati",
  "Ёров",
  "Қасымов",
  "al-Qurashi",
  "journalist",
  "in",
  "the",
  "2025",
  "Ўзбекистон",
  "[1]",
);
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max, size: "max" }).map((w) => w.join(" "));
const table = fc
  .array(fc.tuple(phrase(8), phrase(4), phrase(6)), { maxLength: 40, size: "max" })
  .map((rows): FlowBlock => ({
    kind: "table",
    columns: ["Name", "Role", "Status"],
    widths: WIDTHS,
    rows,
    style: BODY,
    headerStyle: { ...BODY, face: "bold" },
  }));
const paragraph = phrase(400).map((text): FlowBlock => ({ kind: "text", text, style: BODY, spaceBefore: 4 }));
const heading = phrase(5).map((text): FlowBlock => ({
  kind: "text",
  text,
  style: HEADING,
  spaceBefore: 10,
  keepWithNext: true,
}));
const document = fc
  .array(
    fc.oneof(
      table,
      paragraph,
      fc.tuple(heading, paragraph).map(([h, p]) => [h, p]),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.flat());

const texts = (pages: PlacedItem[][]) =>
  pages
    .flat()
    .filter((i) => i.kind === "text")
    .map((i) => i.text);
const bodyRows = (pages: PlacedItem[][]) =>
  pages
    .flat()
    .filter((i) => i.kind === "row" && !i.header)
    .map((i) => (i.kind === "row" ? i.cells.map((c) => c.text) : []));

describe("PDF flow pagination", () => {
  it("keeps every item inside the page box", () => {
    fc.assert(
      fc.property(document, (blocks) => {
        for (const page of paginate(blocks, BOX))
          for (const item of page) {
            expect(item.y).toBeGreaterThanOrEqual(0);
            expect(item.y + item.height).toBeLessThanOrEqual(BOX.height + 1e-6);
          }
      }),
      { numRuns: 60 },
    );
  });

  it("loses no word and no row, and keeps their order", () => {
    fc.assert(
      fc.property(document, (blocks) => {
        const pages = paginate(blocks, BOX);
        const expectedText = blocks.flatMap((b) => (b.kind === "text" ? [b.text] : [])).join(" ");
        expect(texts(pages).join(" ")).toBe(expectedText);
        expect(bodyRows(pages)).toEqual(blocks.flatMap((b) => (b.kind === "table" ? b.rows : [])));
      }),
      { numRuns: 60 },
    );
  });

  it("starts every page a table continues on with its header", () => {
    fc.assert(
      fc.property(table, (block) => {
        for (const page of paginate([block], BOX)) {
          expect(page[0]).toMatchObject({ kind: "row", header: true });
          expect(page.filter((i) => i.kind === "row" && i.header)).toHaveLength(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("never leaves a heading at the foot of a page without its text", () => {
    fc.assert(
      fc.property(document, (blocks) => {
        const pages = paginate(blocks, BOX);
        for (const page of pages.slice(0, -1)) {
          const last = page[page.length - 1]!;
          expect(last.kind === "text" && last.style === HEADING).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("splits a paragraph longer than a page across pages, filling each one", () => {
    const text = Array.from({ length: 900 }, (_, i) => `слово${i}`).join(" ");
    const pages = paginate([{ kind: "text", text, style: BODY, spaceBefore: 0 }], BOX);
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages.slice(0, -1))
      expect(page[0]!.height).toBeGreaterThan(BOX.height - 2 * BODY.size * BODY.lineHeight);
    expect(texts(pages).join(" ")).toBe(text);
  });

  it("clips a row taller than a whole page to the page, under its header, and goes on after it", () => {
    const huge = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const block: FlowBlock = {
      kind: "table",
      columns: ["Name", "Role", "Status"],
      widths: WIDTHS,
      rows: [
        ["first", "a", "b"],
        [huge, "x", "y"],
        ["after", "c", "d"],
      ],
      style: BODY,
      headerStyle: { ...BODY, face: "bold" },
    };
    const pages = paginate([block], BOX);
    for (const item of pages.flat()) expect(item.y + item.height).toBeLessThanOrEqual(BOX.height + 1e-6);
    const hugePage = pages.find((p) => p.some((i) => i.kind === "row" && i.cells[0]!.text === huge))!;
    expect(hugePage.map((i) => i.kind === "row" && i.header)).toEqual([true, false]);
    expect(bodyRows(pages).map((r) => r[0])).toEqual(["first", huge, "after"]);
  });
});
