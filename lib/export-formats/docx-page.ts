// The page every Word export is laid out on: A4 with 2 cm margins, as Word's default inch leaves too little width.
import type { ISectionOptions } from "docx";

/** 2 cm, in twentieths of a point. */
export const MARGIN_TWIPS = 1134;

/** One section of A4 pages with the house margins. */
export function a4Section(children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: {
      page: { margin: { top: MARGIN_TWIPS, right: MARGIN_TWIPS, bottom: MARGIN_TWIPS, left: MARGIN_TWIPS } },
    },
    children,
  };
}
