// Imports a spreadsheet or exchange file as the signed-in editor: drafts and proposals in one reviewable batch, never a publication.
import "server-only";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { importFile } from "../internal/import/import-file";
import type { ImportOutcome } from "../internal/import/import-spreadsheet";
import { asImportError } from "../internal/import/import-file-error";

const ZImportOptions = z.object({
  skipInvalid: z.boolean().default(false),
  createDuplicates: z.boolean().default(false),
  requestPublication: z.boolean().default(false),
});

export async function runImport(bytes: Uint8Array, fileName: string, rawOptions: unknown): Promise<ImportOutcome> {
  const user = await requireUser();
  const options = ZImportOptions.parse(rawOptions);
  return importFile(db, user.id, bytes, fileName, options).catch(asImportError);
}
