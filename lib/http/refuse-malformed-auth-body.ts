// Auth.js reads a POST body as JSON or as a urlencoded form and throws (a 500) on JSON that does not parse.
// Its own client always sends flat text fields, so anything else is refused here with a 400, and so is a
// NUL character, which PostgreSQL cannot take.
import { jsonError } from "@/lib/api/json-error";

function isFlatTextRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === "string");
}

async function fieldsOf(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get("content-type") ?? "";
  const text = await request.clone().text();
  if (type.includes("application/json")) {
    try {
      const parsed: unknown = JSON.parse(text);
      return isFlatTextRecord(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
  if (type.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(text));
  return {};
}

/** A 400 response for a body Auth.js cannot take, or null to let the request through. */
export async function refuseMalformedAuthBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  const fields = await fieldsOf(request);
  if (fields === null) return jsonError(400, "INVALID_BODY", "Send the sign-in form's fields as a form or a flat JSON object.");
  if (Object.values(fields).some((value) => value.includes("\u0000"))) return jsonError(400, "INVALID_BODY", "A field holds a NUL character.");
  return null;
}
