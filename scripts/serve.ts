// The production HTTP server: Next.js's request handler behind the whole-page cache for anonymous visitors,
// with the security headers on every response, a cap on every request body, and no server action for a caller
// without a session unless it is public by design. Takes `next start`'s -p/--port and -H/--hostname, and PORT.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { PUBLIC_ACTION_NAMES } from "@/lib/actions/public-actions";
import { sessionCookieToken } from "@/lib/auth/session-cookie-token";
import { publicGeneration } from "@/lib/cache/public-generation";
import { projectRoot } from "@/lib/db/paths";
import { env } from "@/lib/env";
import { bodyLimitFor } from "@/lib/http/body-limits";
import { cachedPageHeaders } from "@/lib/http/cached-page-policy";
import { limitRequestBody } from "@/lib/http/limit-request-body";
import { createPageCache } from "@/lib/http/page-cache";
import { logError } from "@/lib/log/log-error";
import { stampPeerAddress } from "@/lib/http/peer-address";
import { publicPagePaths, publicSections } from "@/lib/http/public-page-paths";
import { refusalOf } from "@/lib/http/refuse-hostile-request";
import { loadServerActionGate } from "@/lib/http/server-action-gate";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

// PORT is set from -p as well, so that the site's default address (lib/env.ts) names the port in use.
Object.assign(process.env, { NODE_ENV: "production", PORT: String(port) });
const { default: next } = await import("next");
const app = next({ dev: false, dir: projectRoot, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();
const siteUrl = env().SITE_URL;
const session = { secret: env().NEXTAUTH_SECRET, secure: siteUrl.startsWith("https:") };
/** A cookie this server signed; whether its session is still live is the app's to check. */
const isSignedIn = async (req: IncomingMessage) => (await sessionCookieToken(req.headers.cookie, session)) !== null;
const refusesAction = loadServerActionGate(projectRoot, PUBLIC_ACTION_NAMES);
const pages = createPageCache({
  maxEntries: 1000,
  // PUBLIC_CACHE=off (benchmarks of cache misses only): entries expire at once, so every request renders.
  maxAgeMs: process.env.PUBLIC_CACHE === "off" ? 0 : 30_000,
  generation: publicGeneration,
  publicPaths: publicPagePaths(publicSections(projectRoot)),
  storedHeaders: cachedPageHeaders,
  isSignedIn,
});
const headers = securityHeaders(siteUrl);

function refuse(res: ServerResponse, status: number, reason: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra });
  res.end(`${reason}\n`);
}

/** After the door's checks: the body cap, the server-action gate, then the page cache or Next. */
async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!limitRequestBody(req, res, bodyLimitFor((req.url ?? "").split("?")[0]!))) return;
  if (await refusesAction(req, () => isSignedIn(req))) return refuse(res, 403, "Sign in first");
  await pages.handle(req, res, () => handle(req, res));
}

createServer((req, res) => {
  // Before anything reads the headers: the app learns the TCP peer only from this header (lib/http/client-address.ts).
  stampPeerAddress(req);
  // Next.js reads the script nonce from the request's policy and writes it on every script it renders; a
  // policy the client sent is replaced, so no one chooses their own nonce. A cached page is sent with hashes
  // instead (lib/http/cached-page-policy.ts), so its old nonce authorises nothing.
  const policy = contentSecurityPolicy([`'nonce-${newNonce()}'`], siteUrl);
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("Content-Security-Policy", policy);
  // Refusals carry the security headers too.
  const refusal = refusalOf(req);
  if (refusal) return refuse(res, refusal.status, refusal.reason, refusal.headers);
  serve(req, res).catch((error: unknown) => {
    logError(`Request failed: ${req.method} ${req.url}`, error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal server error");
  });
})
  .on("error", (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE" ? `Port ${port} is in use: stop what runs there, or start with PORT=another.` : error,
    );
    process.exit(1);
  })
  .listen(port, hostname, () => console.log(`Habeas is ready on http://${hostname ?? "localhost"}:${port}`));
