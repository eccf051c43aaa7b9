// JSON responses for the public API: an ETag for conditional requests, short public caching, CORS for GET.
import { createHash } from "node:crypto";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
  "Access-Control-Expose-Headers": "ETag",
};

export function apiJson(request: Request, data: unknown): Response {
  const body = JSON.stringify(data);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = {
    ...CORS_HEADERS,
    ETag: etag,
    "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    Vary: "Accept-Encoding",
  };
  const seen = request.headers.get("if-none-match");
  if (
    seen &&
    seen
      .split(",")
      .map((s) => s.trim())
      .includes(etag)
  )
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function corsPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Access-Control-Max-Age": "86400" } });
}

/** Opaque page cursors: they encode an offset, which callers must not rely on. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { o: unknown };
    if (typeof o === "number" && Number.isInteger(o) && o >= 0 && o <= 10_000_000) return o;
  } catch {
    // fall through to the error below
  }
  throw new CursorError();
}

export class CursorError extends Error {
  override name = "CursorError";
  constructor() {
    super("The cursor is not valid. Start again without one.");
  }
}
