// POST /api/import (multipart: file, mode=check|import, skipInvalid, createDuplicates, requestPublication): the editors'
// spreadsheet import. A route rather than a server action so the page can show upload progress. Signed-in staff only:
// the session is checked before a byte of the body is read (and again in the data layer); a cross-site form cannot
// call it, since the Origin must be the configured site's (SITE_URL).
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { isFromSiteOrigin } from "@/lib/http/from-site-origin";
import { BodyTooLargeError, importTooBigResponse, readImportForm } from "@/lib/http/read-import-form";
import { checkImport } from "@/lib/server/import/check-import";
import { runImport } from "@/lib/server/import/run-import";

function fileProblem(error: unknown): Response | null {
  if (!(error instanceof AppError) || error.details?.reason !== "importFile") return null;
  return Response.json(
    {
      error: { code: error.code, message: error.message, problem: error.details.problem, params: error.details.params },
    },
    { status: 422, headers: { "Cache-Control": "no-store" } },
  );
}

export async function POST(request: Request) {
  if (!isFromSiteOrigin(request)) return jsonError(403, "FORBIDDEN", "Cross-site requests are refused.");
  try {
    // An anonymous upload is refused before the server reads, buffers or parses any of it.
    await requireUser();
    const form = await readImportForm(request);
    const file = form.get("file");
    if (!(file instanceof File))
      throw new AppError("INVALID_INPUT", "Choose a file.", { reason: "importFile", problem: "empty", params: {} });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const fileName = file.name.slice(0, 255);
    if (form.get("mode") === "import") {
      const flag = (name: string) => form.get(name) === "on";
      const outcome = await runImport(bytes, fileName, {
        skipInvalid: flag("skipInvalid"),
        createDuplicates: flag("createDuplicates"),
        requestPublication: flag("requestPublication"),
      });
      return Response.json(outcome, { headers: { "Cache-Control": "no-store" } });
    }
    return Response.json(
      { report: await checkImport(bytes, fileName), result: null },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    if (error instanceof BodyTooLargeError) return importTooBigResponse();
    return fileProblem(error) ?? errorResponse(error);
  }
}
