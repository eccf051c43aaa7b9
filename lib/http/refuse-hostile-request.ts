// Requests that no page or endpoint can answer are refused at the door with a 4xx, before Next.js sees
// them: Next answers a malformed percent-encoding in the path, a `*` target or the TRACE method with a 500,
// and a NUL character cannot be stored or even compared in PostgreSQL, so it must not reach a query.
import type { IncomingMessage } from "node:http";

export type Refusal = { status: 400 | 405; reason: string; headers?: Record<string, string> };

/** What the site answers; anything else (TRACE, TRACK, WebDAV…) is 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);

function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export function refusalOf(req: Pick<IncomingMessage, "method" | "url">): Refusal | null {
  if (!ALLOWED.has(req.method ?? "")) {
    return { status: 405, reason: "Method not allowed", headers: { allow: ALLOWED_METHODS.join(", ") } };
  }
  const target = req.url ?? "";
  if (!target.startsWith("/")) return { status: 400, reason: "Bad request target" };
  const queryAt = target.indexOf("?");
  const path = decodedPath(queryAt === -1 ? target : target.slice(0, queryAt));
  if (path === null) return { status: 400, reason: "Malformed percent-encoding in the path" };
  const query = new URLSearchParams(queryAt === -1 ? "" : target.slice(queryAt + 1));
  const texts = [path, ...[...query].flat()];
  if (texts.some((text) => text.includes("\u0000"))) return { status: 400, reason: "NUL character in the address" };
  return null;
}
