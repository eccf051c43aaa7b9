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
  firstPageHeader,
}: {
  blocks: FlowBlock[];
  padding: number;
  pageStyle: Styles[string];
  footer: ReactNode;
  /** Drawn by react-pdf at the top of the first page (an image, which the canvas cannot paint); the flow
   *  starts below its height. */
  firstPageHeader?: { height: number; node: ReactNode };
}) {
  // One point short of the content box, so react-pdf never breaks the canvas onto a page of its own.
  const box = { width: A4.width - 2 * padding, height: A4.height - 2 * padding - 1 };
  return paginate(blocks, box, firstPageHeader?.height ?? 0).map((items, i) => (
    <Page key={i} size="A4" style={pageStyle} wrap={false}>
      {i === 0 && firstPageHeader?.node}
      <Canvas
        style={{ ...box, ...(i === 0 && firstPageHeader ? { position: "absolute", top: padding, left: padding } : {}) }}
        paint={(painter: PdfPainter) => paintItems(painter, items)}
      />
      {footer}
    </Page>
  ));
}
