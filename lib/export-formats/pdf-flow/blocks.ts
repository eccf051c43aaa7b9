// What a long PDF section is made of before typesetting (blocks), and after it (items placed on a page).
import type { PdfFontFace } from "../pdf-fonts";

export interface TextStyle {
  face: PdfFontFace;
  size: number;
  /** Line height as a multiple of the font size, as in CSS and react-pdf. */
  lineHeight: number;
  color: string;
}

export type FlowBlock =
  | { kind: "text"; text: string; style: TextStyle; spaceBefore: number; indent?: number; keepWithNext?: boolean }
  | {
      kind: "table";
      columns: string[];
      /** Each column's share of the page width; the shares add up to 1. */
      widths: number[];
      /** A row with fewer cells than columns ends in a cell that spans the columns left. */
      rows: string[][];
      style: TextStyle;
      headerStyle: TextStyle;
    };

export interface PlacedText {
  kind: "text";
  text: string;
  style: TextStyle;
  lineGap: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedRow {
  kind: "row";
  header: boolean;
  cells: { text: string; x: number; width: number }[];
  style: TextStyle;
  lineGap: number;
  y: number;
  width: number;
  height: number;
}

export type PlacedItem = PlacedText | PlacedRow;

/** Table cells' inner padding and row rule, shared by measuring and painting so that they agree. */
export const CELL_PADDING = 2;
export const HEADER_FILL = "#f0f0f0";
export const ROW_RULE = { color: "#bbbbbb", width: 0.5 };
