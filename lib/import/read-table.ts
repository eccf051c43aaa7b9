// Reads an uploaded CSV or XLSX file into rows of text cells, keyed to the template's columns by the header row.
// Refuses, with a reason the editor can act on, anything that is not a readable spreadsheet of a sane size.
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { IMPORT_COLUMNS, REQUIRED_COLUMNS, type ImportColumn } from "./columns";
import { decodeText } from "./decode-text";
import { ImportFileError } from "./import-problem";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { formulaCells } from "./xlsx-formulas";

export type TableRow = { row: number; cells: ReadonlyMap<ImportColumn, string>; formulas: readonly ImportColumn[] };
export type Table = { format: "csv" | "xlsx"; rows: TableRow[] };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOldExcel = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The delimiter the header line uses most: comma, semicolon (Russian-locale Excel) or tab. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeText(bytes);
  try {
    return parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      bom: true,
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError("badCsv", { line: line ?? 0 });
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // A date the spreadsheet typed as a date: its day, which is what a typed full date means.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<{ rows: string[][]; formulas: Map<number, Set<number>> }> {
  const formulas = formulaCells(bytes);
  try {
    const data = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 1);
    return { rows: data.map((row) => row.map(cellText)), formulas };
  } catch {
    throw new ImportFileError("badXlsx");
  }
}

function keyHeader(header: string[]): (ImportColumn | null)[] {
  const known = new Set<string>(IMPORT_COLUMNS);
  const seen = new Set<string>();
  const columns = header.map((raw, index) => {
    const name = raw.trim().toLowerCase().replace(/\s+/g, "_");
    if (name === "") return null;
    if (!known.has(name))
      throw new ImportFileError("unknownColumn", { column: raw.trim().slice(0, 60), position: index + 1 });
    if (seen.has(name)) throw new ImportFileError("repeatedColumn", { column: name });
    seen.add(name);
    return name as ImportColumn;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !seen.has(c));
  if (missing.length > 0) throw new ImportFileError("missingColumns", { columns: missing.join(", ") });
  return columns;
}

export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new ImportFileError("empty");
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new ImportFileError("tooBig", { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (isOldExcel(bytes)) throw new ImportFileError("oldExcel");
  const format = isZip(bytes) ? "xlsx" : "csv";
  const { rows: raw, formulas } =
    format === "xlsx" ? await readXlsx(bytes) : { rows: readCsv(bytes), formulas: new Map<number, Set<number>>() };
  const [header, ...body] = raw;
  if (!header || header.every((c) => c.trim() === "")) throw new ImportFileError("empty");
  const columns = keyHeader(header);
  if (body.length > MAX_IMPORT_ROWS) throw new ImportFileError("tooManyRows", { max: MAX_IMPORT_ROWS });
  const rows: TableRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === "")) return;
    const row = index + 2;
    const map = new Map<ImportColumn, string>();
    const rowFormulas: ImportColumn[] = [];
    columns.forEach((column, i) => {
      if (!column) return;
      map.set(column, cells[i] ?? "");
      if (formulas.get(row)?.has(i)) rowFormulas.push(column);
    });
    rows.push({ row, cells: map, formulas: rowFormulas });
  });
  if (rows.length === 0) throw new ImportFileError("noRows");
  return { format, rows };
}
