// The look of Habeas's one-case PDFs (the case sheet and the letter pack), so both read as one set of documents.
import { StyleSheet } from "@react-pdf/renderer";
import { PDF_FONT } from "./pdf-fonts";

export const SHEET_PADDING = 40;

export const sheetStyles = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 10, padding: SHEET_PADDING },
  // On the body, not the page, for the page footer's sake (see pdf-page-footer).
  body: { fontSize: 10, lineHeight: 1.4 },
  title: { fontSize: 18, fontWeight: "bold", marginBottom: 6, lineHeight: 1.2 },
  h1: { fontSize: 12, fontWeight: "bold", marginTop: 12, marginBottom: 4 },
  muted: { color: "#444", fontStyle: "italic" },
});
