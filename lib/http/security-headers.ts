// The security headers of every response of the production server (scripts/serve.ts): pages, the editors'
// area, the API, static files, and pages sent again from the whole-page cache.
import { randomBytes } from "node:crypto";

/** Browser features the site never uses; a frame or an injected script cannot ask for them either. */
const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

const isHttps = (siteUrl: string) => new URL(siteUrl).protocol === "https:";

/** A fresh script nonce: 128 random bits, one per response, never reused. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/** The policy for a page. Scripts run only from this origin or when they carry the response's nonce (or, for a
 *  cached page, match a hash); nothing may frame any page. Inline styles stay allowed: the charts set them. */
export function contentSecurityPolicy(scriptSources: string[], siteUrl: string): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptSources].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps(siteUrl) ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every response carries besides the policy. HSTS only when the site is served over https. */
export function securityHeaders(siteUrl: string): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(isHttps(siteUrl) ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
