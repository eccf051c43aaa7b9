// Which cells of an XLSX file's first sheet hold formulas. A formula's cached value may be stale or computed from
// cells the editor never saw, so an import treats a formula as a mistake to fix rather than a fact.
import { strFromU8, unzipSync } from "fflate";

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Row number -> zero-based column indexes of formula cells. */
export function formulaCells(bytes: Uint8Array): Map<number, Set<number>> {
  const found = new Map<number, Set<number>>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => /^xl\/worksheets\/sheet1\.xml$/.test(file.name) });
  } catch {
    return found;
  }
  const sheet = files["xl/worksheets/sheet1.xml"];
  if (!sheet) return found;
  const xml = strFromU8(sheet);
  for (const match of xml.matchAll(/<c\b[^>]*\br="([A-Z]+)(\d+)"[^>]*>((?:(?!<\/c>)[\s\S])*?)<\/c>/g)) {
    if (!/<f[\s>/]/.test(match[3]!)) continue;
    const row = Number(match[2]);
    const cells = found.get(row) ?? new Set<number>();
    cells.add(columnIndex(match[1]!));
    found.set(row, cells);
  }
  return found;
}
