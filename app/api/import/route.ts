// POST /api/import (multipart: file, mode=check|import, skipInvalid, createDuplicates, requestPublication): the editors'
// spreadsheet import. A route rather than a server action so the page can show upload progress. Signed-in staff only
// (checked in the data layer); a cross-site form cannot call it, since the Origin must be this site.
import { errorResponse, jsonError } from "@/lib/http/json-error";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { checkImport } from "@/lib/server/import/check-import";
import { runImport } from "@/lib/server/import/run-import";

/** Room for the multipart envelope and the option fields around the file. */
const MAX_BODY = MAX_IMPORT_BYTES + 64 * 1024;

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
  const origin = request.headers.get("origin");
  if (!origin || URL.canParse(origin) === false || new URL(origin).host !== request.headers.get("host")) {
    return jsonError(403, "FORBIDDEN", "Cross-site requests are refused.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY) {
    return Response.json(
      {
        error: {
          code: "INVALID_INPUT",
          message: "The file is too big.",
          problem: "tooBig",
          params: { megabytes: MAX_IMPORT_BYTES / 1024 / 1024 },
        },
      },
      { status: 413 },
    );
  }
  try {
    const form = await request.formData().catch(() => {
      throw new AppError("INVALID_INPUT", "Send the file as a multipart form.", {
        reason: "importFile",
        problem: "notSpreadsheet",
        params: {},
      });
    });
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
    return fileProblem(error) ?? errorResponse(error);
  }
}
