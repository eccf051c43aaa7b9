// Typesets blocks into pages of a fixed content box: paragraphs break between lines, table rows never break and
// the table header repeats at the top of every page the table continues on.
import type { FlowBlock, PlacedItem, PlacedRow, TextStyle } from "./blocks";
import { CELL_PADDING } from "./blocks";
import { TextMeasurer } from "./text-measurer";

type TableBlock = Extract<FlowBlock, { kind: "table" }>;
type TextBlock = Extract<FlowBlock, { kind: "text" }>;

/** A paragraph is split only when at least this many lines fit; otherwise it starts the next page. */
const MIN_LINES_BEFORE_BREAK = 2;

/** `firstTop`: where the flow starts on its first page, below what the page shows above it (a logo). */
export function paginate(
  blocks: FlowBlock[],
  box: { width: number; height: number },
  firstTop = 0,
  measure = new TextMeasurer(),
): PlacedItem[][] {
  const pages: PlacedItem[][] = [[]];
  let y = firstTop;
  const page = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push([]);
    y = 0;
  };

  const row = (table: TableBlock, cells: string[], header: boolean): PlacedRow => {
    const style = header ? table.headerStyle : table.style;
    let x = 0;
    // Fewer cells than columns: the last one spans the columns left.
    const placed = cells.map((text, i) => {
      const shares = i === cells.length - 1 ? table.widths.slice(i) : [table.widths[i]!];
      const width = shares.reduce((a, b) => a + b, 0) * box.width;
      const cell = { text, x: x + CELL_PADDING, width: width - 2 * CELL_PADDING };
      x += width;
      return cell;
    });
    const tallest = Math.max(...placed.map((c) => measure.height(c.text, style, c.width)));
    return {
      kind: "row",
      header,
      cells: placed,
      style,
      lineGap: measure.lineGap(style),
      y: 0,
      width: box.width,
      height: tallest + 2 * CELL_PADDING,
    };
  };

  const place = (item: PlacedItem) => {
    item.y = y;
    page().push(item);
    y += item.height;
  };

  const text = (block: TextBlock, content: string, style: TextStyle, height: number): PlacedItem => {
    const indent = block.indent ?? 0;
    return {
      kind: "text",
      text: content,
      style,
      lineGap: measure.lineGap(style),
      x: indent,
      y: 0,
      width: box.width - indent,
      height,
    };
  };

  /** How much of the next block must fit beside a block that is kept with it. */
  const leadOf = (next: FlowBlock | undefined): number => {
    if (!next) return 0;
    if (next.kind === "table")
      return row(next, next.columns, true).height + (next.rows[0] ? row(next, next.rows[0], false).height : 0);
    return next.spaceBefore + MIN_LINES_BEFORE_BREAK * measure.lineHeight(next.style);
  };

  const placeText = (block: TextBlock, next: FlowBlock | undefined) => {
    const width = box.width - (block.indent ?? 0);
    if (y > 0) y += block.spaceBefore;
    let rest = block.text;
    let height = measure.height(rest, block.style, width);
    if (y > 0) {
      const needed = block.keepWithNext
        ? height + leadOf(next)
        : Math.min(height, MIN_LINES_BEFORE_BREAK * measure.lineHeight(block.style));
      if (y + needed > box.height) newPage();
    }
    while (y + height > box.height) {
      const parts = measure.split(rest, block.style, width, box.height - y);
      if (!parts && y > 0) {
        newPage();
        continue;
      }
      // Not one word fits on an empty page: it is clipped to the page rather than looping for ever.
      if (!parts) {
        height = box.height;
        break;
      }
      place(text(block, parts[0], block.style, measure.height(parts[0], block.style, width)));
      newPage();
      rest = parts[1];
      height = measure.height(rest, block.style, width);
    }
    place(text(block, rest, block.style, height));
  };

  const placeTable = (table: TableBlock) => {
    const header = row(table, table.columns, true);
    if (y > 0 && y + leadOf(table) > box.height) newPage();
    place(header);
    for (const cells of table.rows) {
      const placed = row(table, cells, false);
      if (y + placed.height > box.height && y > header.height) {
        newPage();
        place({ ...header });
      }
      // A row taller than a whole page stays under its header, clipped to the page rather than run off it.
      placed.height = Math.min(placed.height, box.height - y);
      place(placed);
    }
  };

  blocks.forEach((block, i) => (block.kind === "table" ? placeTable(block) : placeText(block, blocks[i + 1])));
  return pages.filter((items) => items.length > 0);
}
