// The import's dry run for the signed-in editor: reads the spreadsheet or exchange file and reports what each row would do. Writes nothing.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { checkImportFile } from "../internal/import/import-file";
import type { ImportReport } from "../internal/import/import-spreadsheet";
import { asImportError } from "../internal/import/import-file-error";

export async function checkImport(bytes: Uint8Array, fileName: string): Promise<ImportReport> {
  await requireUser();
  return checkImportFile(db, bytes, fileName).catch(asImportError);
}
