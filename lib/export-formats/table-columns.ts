// Column widths for a briefing's cases table, from what the cells hold: every column is at least as wide as its
// longest word (so "Освобождён(а)" or a long surname never breaks inside itself), and the width left over is
// shared out in the given proportions. The PDF and the DOCX both use it, measured with the same font.
export type WordWidth = (word: string, bold: boolean) => number;

export function columnShares(
  o: {
    columns: string[];
    /** A row with fewer cells than columns ends in one cell that spans the rest; it sets no column's minimum. */
    rows: string[][];
    /** The preferred proportions, adding up to 1. */
    base: number[];
    /** The table's width, and each cell's padding on either side, in the units `wordWidth` measures in. */
    width: number;
    padding: number;
  },
  wordWidth: WordWidth,
): number[] {
  const longest = new Map<string, number>();
  const widest = (text: string, bold: boolean) => {
    let max = 0;
    for (const word of text.split(/\s+/)) {
      if (!word) continue;
      const key = `${bold ? 1 : 0}${word}`;
      let w = longest.get(key);
      if (w === undefined) longest.set(key, (w = wordWidth(word, bold)));
      if (w > max) max = w;
    }
    return max;
  };
  const minimum = o.columns.map((c) => widest(c, true) + 2 * o.padding);
  for (const cells of o.rows) {
    const spanning = cells.length < o.columns.length ? cells.length - 1 : -1;
    cells.forEach((text, i) => {
      if (i !== spanning) minimum[i] = Math.max(minimum[i]!, widest(text, false) + 2 * o.padding);
    });
  }
  const needed = minimum.reduce((a, b) => a + b, 0);
  // Words wider than the whole table together cannot all fit: widths then follow the words, and the widest break.
  if (needed >= o.width) return minimum.map((m) => m / needed);
  // Each column gets its minimum, then the spare width in the preferred proportions; the shares add up to 1.
  const spare = o.width - needed;
  return minimum.map((m, i) => (m + spare * o.base[i]!) / o.width);
}
