// The one JSON error shape of every API route: { error: { code, message } } with a 4xx status.
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { logError } from "@/lib/log/log-error";

export function jsonError(status: number, code: string, message: string, headers: HeadersInit = {}): Response {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Turns an expected failure into its 4xx response; anything else is logged and answered with a bare 500. */
export function errorResponse(error: unknown, headers: HeadersInit = {}): Response {
  if (error instanceof ZodError) {
    const detail = error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ");
    return jsonError(400, "INVALID_PARAMETER", detail, headers);
  }
  if (error instanceof AppError) return jsonError(error.status, error.code, error.message, headers);
  logError("API request failed", error);
  return jsonError(500, "INTERNAL", "Something went wrong on our side.", headers);
}
