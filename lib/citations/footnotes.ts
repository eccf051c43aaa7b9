// Numbers citations in the order a page shows them. The same passage of the same source gets one number.
export type FootnoteSource = { id: string; title: string; publisher?: string | null };

export type FootnoteCitation = {
  id: string;
  quote: string;
  locator: string | null;
  source: FootnoteSource;
  quotedSource: { id: string; title: string } | null;
};

export type Footnote = { number: number; citation: FootnoteCitation };

export type Footnotes = { list: Footnote[]; numbersFor: (citations: FootnoteCitation[]) => number[] };

const keyOf = (c: FootnoteCitation) => JSON.stringify([c.source.id, c.quotedSource?.id ?? null, c.locator, c.quote]);

export function numberFootnotes(inDisplayOrder: FootnoteCitation[][]): Footnotes {
  const byKey = new Map<string, Footnote>();
  const list: Footnote[] = [];
  for (const citation of inDisplayOrder.flat()) {
    const key = keyOf(citation);
    if (byKey.has(key)) continue;
    const note = { number: list.length + 1, citation };
    byKey.set(key, note);
    list.push(note);
  }
  return {
    list,
    numbersFor: (citations) => [
      ...new Set(citations.map((c) => byKey.get(keyOf(c))?.number ?? 0).filter((n) => n > 0)),
    ],
  };
}
