// A problem found in an import file. `code` is a message key in the Import.problems namespace; `row` is the
// spreadsheet's row number (the header is row 1), `column` the template column, both null for the whole file.
export type ImportProblem = {
  row: number | null;
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
};

/** The file cannot be read at all (empty, not a spreadsheet, too big, mixed encodings...): a 4xx, never a 5xx. */
export class ImportFileError extends Error {
  override name = "ImportFileError";

  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`The file cannot be imported: ${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}.`);
  }
}
