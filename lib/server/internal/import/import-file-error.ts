// A file the import cannot read becomes an INVALID_INPUT error naming the problem, so callers answer with a 4xx.
import { AppError } from "@/lib/errors";
import { ImportFileError } from "@/lib/import/import-problem";

export function asImportError(error: unknown): never {
  if (error instanceof ImportFileError) {
    throw new AppError("INVALID_INPUT", `The file cannot be imported: ${error.code}.`, {
      reason: "importFile",
      problem: error.code,
      params: error.params,
    });
  }
  throw error;
}
