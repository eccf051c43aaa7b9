// Whole-response cache for anonymous GETs of public pages. Rendering a page costs far more than the reads
// behind it, so between editors' changes the rendered bytes are sent again as they are. An entry is good
// while the public-records generation it was made under is current and it is younger than the age limit.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

type Entry = { generation: number; expires: number; status: number; headers: OutgoingHttpHeaders; body: Buffer };

export type PageCacheOptions = {
  maxEntries: number;
  maxAgeMs: number;
  generation: () => number;
  /** Path patterns of public pages; anything else is passed straight through. */
  publicPaths: RegExp;
  /** Whether the request carries a session cookie this server signed. Only such a request skips the cache: a
   *  cookie merely named like a session's would otherwise make every request render. */
  isSignedIn: (req: IncomingMessage) => Promise<boolean>;
  /** The headers a stored copy is sent with, from the rendered response's headers and body (e.g. its policy). */
  storedHeaders?: (headers: OutgoingHttpHeaders, body: Buffer) => OutgoingHttpHeaders;
  now?: () => number;
};

/** Signed-in staff, Next's client-side navigation requests and prefetches are never served from here. */
async function isCacheableRequest(req: IncomingMessage, options: PageCacheOptions): Promise<boolean> {
  if (req.method !== "GET" || !req.url) return false;
  if (req.headers.rsc || req.headers["next-router-prefetch"] || req.headers["next-action"]) return false;
  if (!options.publicPaths.test(req.url.split("?")[0]!)) return false;
  return !(await options.isSignedIn(req));
}

/** The only cookie a public page may set is the language of its own URL, the same for every visitor. */
function setsOnlyLocaleCookie(res: ServerResponse): boolean {
  const cookies = [res.getHeader("set-cookie") ?? []].flat().map(String);
  return cookies.every((cookie) => cookie.startsWith("NEXT_LOCALE="));
}

/** Next marks every dynamic page `private, no-store` for browsers; whether a page is public is decided by
 *  its path and the visitor being anonymous, so that header is passed on but not consulted. */
function isCacheableResponse(res: ServerResponse): boolean {
  const type = String(res.getHeader("content-type") ?? "");
  return res.statusCode === 200 && setsOnlyLocaleCookie(res) && type.startsWith("text/html");
}

function keyOf(req: IncomingMessage): string {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  return `${gzip ? "gzip" : "identity"} ${req.url}`;
}

/** Passes the response through unchanged while keeping a copy of what was written. */
function recordResponse(res: ServerResponse, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk == null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
    );
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    const result = end(...args);
    done(Buffer.concat(chunks));
    return result;
  }) as ServerResponse["end"];
}

export function createPageCache(options: PageCacheOptions) {
  const entries = new Map<string, Entry>();
  const now = options.now ?? Date.now;

  function fresh(key: string): Entry | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.generation !== options.generation() || entry.expires <= now()) return undefined;
    entries.set(key, entry);
    return entry;
  }

  return {
    async handle(req: IncomingMessage, res: ServerResponse, render: () => Promise<void>): Promise<void> {
      if (!(await isCacheableRequest(req, options))) return render();
      const key = keyOf(req);
      const hit = fresh(key);
      if (hit) {
        res.writeHead(hit.status, { ...hit.headers, "x-habeas-cache": "hit" });
        res.end(hit.body);
        return;
      }
      const generation = options.generation();
      recordResponse(res, (body) => {
        if (!isCacheableResponse(res) || generation !== options.generation()) return;
        const headers = options.storedHeaders ? options.storedHeaders(res.getHeaders(), body) : res.getHeaders();
        entries.set(key, { generation, expires: now() + options.maxAgeMs, status: res.statusCode, headers, body });
        while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
      });
      return render();
    },
    size: () => entries.size,
  };
}
