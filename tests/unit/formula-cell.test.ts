// The import refuses only cells that are formulas; the exports guard every cell a spreadsheet might run. The two
// rules must agree where it matters: whatever the import calls a formula, the export guards too.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { FORMULA_TRIGGERS, guardFormula, isFormulaCell } from "@/lib/import/formula-cell";

const PAYLOADS = [
  "=1+2",
  "  =A1",
  '=HYPERLINK("http://evil.example","x")',
  '+HYPERLINK("http://evil.example","x")',
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-cmd|' /C calc'!A0",
];
const TEXT = [
  "- The journalist was detained on 3 May.",
  "+7 701 000 00 00",
  "@kg_reporter",
  "-",
  "+ two more years",
  "Ivanov (also spelled Ivanoff)",
];

describe("formula cells", () => {
  it("reads CSV-injection payloads as formulas on import", () => {
    for (const value of PAYLOADS) expect(isFormulaCell(value), value).toBe(true);
  });

  it("keeps names, quotes and numbers that merely start with -, + or @", () => {
    for (const value of TEXT) expect(isFormulaCell(value), value).toBe(false);
  });

  it("guards exactly what csv-stringify's escape_formulas guards, and everything the import calls a formula", () => {
    const values = [...PAYLOADS, ...TEXT, ...FORMULA_TRIGGERS.map((c) => `${c}x`), "plain"];
    const exported = parse(stringify([values], { escape_formulas: true })) as string[][];
    expect(exported[0]).toEqual(values.map(guardFormula));
    for (const value of PAYLOADS.filter((v) => !v.startsWith(" "))) expect(guardFormula(value)).toBe(`'${value}`);
  });
});
