// Auth.js answers some malformed requests with a 500 and writes the raw value to the log: a callbackUrl
// (in the query or its cookie) that is not an http(s) URL, a POST body of JSON that does not parse, and a
// GET of the credentials callback, which only takes a POST.
// Its own client always sends flat text fields and URLs it made, so anything else is refused here with a
// 400, and so is a NUL character, which PostgreSQL cannot take. Its forms are a few short fields, so a body over
// MAX_AUTH_BODY_BYTES is refused with a 413 before more of it is read.
import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/http/json-error";
import { MAX_AUTH_BODY_BYTES } from "./body-limits";
import { BodyTooLargeError, readCappedBody } from "./read-capped-body";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** The rule Auth.js applies before it does anything else (next-auth/core/lib/assert.js). */
function isHttpUrl(url: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, url.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function isFlatTextRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

async function bodyFields(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get("content-type") ?? "";
  const text = new TextDecoder().decode(await readCappedBody(request.clone(), MAX_AUTH_BODY_BYTES));
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

/** A 400 response for a request Auth.js cannot take, or null to let it through. */
export async function refuseMalformedAuthRequest(request: NextRequest): Promise<Response | null> {
  if (/\/callback\/credentials\/?$/.test(request.nextUrl.pathname) && request.method !== "POST") {
    return jsonError(405, "METHOD_NOT_ALLOWED", "Sign in with a POST.", { allow: "POST" });
  }
  const callbackUrls = [
    ...request.nextUrl.searchParams.getAll("callbackUrl"),
    ...CALLBACK_COOKIES.map((name) => request.cookies.get(name)?.value ?? ""),
  ];
  if (callbackUrls.some((url) => url !== "" && !isHttpUrl(url, request.nextUrl.origin))) {
    return jsonError(400, "INVALID_CALLBACK_URL", "The callback URL is not an address on the web.");
  }
  // Auth.js copies `error` into the Location of its redirect to the error page; a value that is not a plain code
  // (non-ASCII, control characters) makes Node refuse the header and the request ends in a 500.
  const errorCodes = request.nextUrl.searchParams.getAll("error");
  if (errorCodes.some((code) => !/^[A-Za-z0-9_-]{0,64}$/.test(code))) {
    return jsonError(400, "INVALID_ERROR_CODE", "The error code is not one this site gives.");
  }
  if (request.method !== "POST") return null;
  const fields = await bodyFields(request).catch((error: unknown) => {
    if (error instanceof BodyTooLargeError) return "tooLarge" as const;
    throw error;
  });
  if (fields === "tooLarge") return jsonError(413, "BODY_TOO_LARGE", "The sign-in form is far larger than it can be.");
  if (fields === null)
    return jsonError(400, "INVALID_BODY", "Send the sign-in form's fields as a form or a flat JSON object.");
  if (Object.values(fields).some((value) => value.includes("\u0000")))
    return jsonError(400, "INVALID_BODY", "A field holds a NUL character.");
  return null;
}
