// Long sections of a react-pdf document, typeset by pdfkit and painted on one canvas per page: react-pdf lays
// out every paragraph and table cell as its own flexbox node with full shaping, which took a 1,000-case
// briefing several seconds; pdfkit typesets the same text about ten times faster.
import type { ReactNode } from "react";
import { Canvas, Page, type Styles } from "@react-pdf/renderer";
import type { FlowBlock } from "./blocks";
import { paginate } from "./paginate";
import { paintItems, type PdfPainter } from "./paint";

const A4 = { width: 595.28, height: 841.89 };

export function FlowPages({
  blocks,
  padding,
  pageStyle,
  footer,
}: {
  blocks: FlowBlock[];
  padding: number;
  pageStyle: Styles[string];
  footer: ReactNode;
}) {
  // One point short of the content box, so react-pdf never breaks the canvas onto a page of its own.
  const box = { width: A4.width - 2 * padding, height: A4.height - 2 * padding - 1 };
  return paginate(blocks, box).map((items, i) => (
    <Page key={i} size="A4" style={pageStyle} wrap={false}>
      <Canvas style={box} paint={(painter: PdfPainter) => paintItems(painter, items)} />
      {footer}
    </Page>
  ));
}
