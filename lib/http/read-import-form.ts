// The import's multipart form, read with a byte counter: at most MAX_IMPORT_BODY_BYTES arrive, whatever the
// Content-Length says (a chunked upload has none). Call it only once the caller is known to be staff.
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { MAX_IMPORT_BODY_BYTES } from "./body-limits";
import { BodyTooLargeError, readCappedBody } from "./read-capped-body";

/** The 413 the import page shows as "the file is too big". */
export function importTooBigResponse(): Response {
  return Response.json(
    {
      error: {
        code: "INVALID_INPUT",
        message: "The file is too big.",
        problem: "tooBig",
        params: { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 },
      },
    },
    { status: 413, headers: { "Cache-Control": "no-store" } },
  );
}

/** The form, or a BodyTooLargeError; a body that is not a multipart form is the import's "not a spreadsheet". */
export async function readImportForm(request: Request): Promise<FormData> {
  const bytes = await readCappedBody(request, MAX_IMPORT_BODY_BYTES);
  const type = request.headers.get("content-type") ?? "";
  return new Response(bytes, { headers: { "content-type": type } }).formData().catch(() => {
    throw new AppError("INVALID_INPUT", "Send the file as a multipart form.", {
      reason: "importFile",
      problem: "notSpreadsheet",
      params: {},
    });
  });
}

export { BodyTooLargeError };
