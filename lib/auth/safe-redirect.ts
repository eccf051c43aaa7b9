// Where Auth.js may send someone after signing in or out: a path on this site, never another site. The
// callback URL comes from the query, the body or a cookie, so it may be anything; Auth.js's own default
// throws on a value that is not a URL, which answered a hostile request with a 500.
export function safeRedirect({ url, baseUrl }: { url: unknown; baseUrl: string }): string {
  if (typeof url !== "string") return baseUrl;
  try {
    const target = new URL(url, baseUrl);
    return target.origin === new URL(baseUrl).origin ? target.href : baseUrl;
  } catch {
    return baseUrl;
  }
}
