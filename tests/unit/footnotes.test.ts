import { describe, expect, it } from "vitest";
import { numberFootnotes, type FootnoteCitation } from "@/lib/citations/footnotes";

const cite = (id: string, quote: string, sourceId = "s1"): FootnoteCitation => ({
  id,
  quote,
  locator: null,
  source: { id: sourceId, title: sourceId },
  quotedSource: null,
});

describe("footnote numbering", () => {
  it("numbers in display order and gives a repeated passage one number", () => {
    const a = cite("1", "alpha");
    const b = cite("2", "beta");
    const aAgain = cite("3", "alpha");
    const notes = numberFootnotes([[a], [b, aAgain]]);
    expect(notes.list.map((n) => n.citation.quote)).toEqual(["alpha", "beta"]);
    expect(notes.numbersFor([aAgain])).toEqual([1]);
    expect(notes.numbersFor([b, a])).toEqual([2, 1]);
  });

  it("keeps the same words from different sources apart", () => {
    const notes = numberFootnotes([[cite("1", "same", "s1"), cite("2", "same", "s2")]]);
    expect(notes.list).toHaveLength(2);
  });
});
