// A cached page is sent to every visitor as the same bytes, so the nonce it was rendered with must not stay
// valid: anyone who read the page would know it. Before a page is stored, its policy's nonce is replaced by the
// SHA-256 hashes of exactly the inline scripts that carried that nonce (the ones Next.js wrote), which fit
// only these bytes and reveal nothing. The nonce left in the stored HTML then authorises nothing.
import { createHash } from "node:crypto";
import type { OutgoingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

const NONCE_SOURCE = /'nonce-([A-Za-z0-9+/_=-]+)'/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

function decoded(body: Buffer, encoding: string): string {
  if (encoding === "gzip") return gunzipSync(body).toString("utf8");
  if (encoding === "deflate") return inflateSync(body).toString("utf8");
  if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  return body.toString("utf8");
}

/** The policy with its nonce replaced by the hashes of the inline scripts in `html` that carry the nonce. */
export function policyWithScriptHashes(policy: string, html: string): string {
  const nonce = NONCE_SOURCE.exec(policy)?.[1];
  if (!nonce) return policy;
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (!attributes!.includes(`nonce="${nonce}"`) || /\ssrc=/i.test(attributes!)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text!, "utf8").digest("base64")}'`);
  }
  // With no inline script left to allow, the nonce goes without a replacement.
  return policy
    .replace(NONCE_SOURCE, [...hashes].join(" "))
    .replace(/ +;/g, ";")
    .replace(/ {2,}/g, " ");
}

/** The headers a cached copy of a page is sent with. */
export function cachedPageHeaders(headers: OutgoingHttpHeaders, body: Buffer): OutgoingHttpHeaders {
  const policy = headers["content-security-policy"];
  if (typeof policy !== "string") return headers;
  const html = decoded(body, String(headers["content-encoding"] ?? "identity"));
  return { ...headers, "content-security-policy": policyWithScriptHashes(policy, html) };
}
