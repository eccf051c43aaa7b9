// Which cell texts are formulas, on the way in and on the way out. The two rules differ on purpose.
//
// Out (CSV exports, the import report download): every cell starting with a character a spreadsheet may run
// (=, +, -, @, tab, carriage return) gets a leading apostrophe. The exporter cannot know who opens the file, and
// the apostrophe costs a reader nothing.
//
// In (spreadsheet import): a cell is refused as a formula only when it is one. "=" always starts a formula; "+", "-"
// and "@" start legitimate text too (a quote opening with a dash, a phone number, an "@handle" alias), so they count
// only when a function call or a DDE link follows, as in every CSV-injection payload ("+HYPERLINK(", "@SUM(",
// "-2+3+cmd|' /C calc'!A0"). Refusing the rest would make editors alter facts; exporting them is safe because of
// the rule above.

/** Leading characters the exports neutralise: the set csv-stringify's escape_formulas uses. */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r"] as const;

/** The cell as a CSV export writes it: an apostrophe before a leading trigger character. */
export function guardFormula(value: string): string {
  return FORMULA_TRIGGERS.some((c) => value.startsWith(c)) ? `'${value}` : value;
}

const CALL_OR_LINK = /^[+\-@]\s*[A-Za-z_][\w.]*\(|^[+\-@].*\b[A-Za-z]\w*\|\s*'/;

/** Whether an imported cell holds a formula rather than a value. */
export function isFormulaCell(value: string): boolean {
  const text = value.trimStart();
  return text.startsWith("=") || CALL_OR_LINK.test(text);
}
