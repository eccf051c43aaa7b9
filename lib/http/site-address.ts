// Absolute URLs in response headers name the configured site address (SITE_URL), never the request's Host or
// X-Forwarded-Host: a public page is cached whole, so one request with a hostile Host would otherwise hand
// its links to every later visitor.

/** The same path and query on the site's own origin. */
function onSite(url: string, site: URL): string {
  const parsed = new URL(url, site);
  return new URL(`${parsed.pathname}${parsed.search}${parsed.hash}`, site.origin).toString();
}

/** A `Link` header value with every target moved onto the site's origin. */
export function linkHeaderOnSite(value: string, siteUrl: string): string {
  const site = new URL(siteUrl);
  return value.replace(/<([^>]*)>/g, (_, target: string) => `<${onSite(target, site)}>`);
}

/** Rewrites the `Link` and `Location` headers of a response in place, and returns it. */
export function withSiteAddress<T extends Response>(response: T, siteUrl: string): T {
  const link = response.headers.get("link");
  if (link) response.headers.set("link", linkHeaderOnSite(link, siteUrl));
  const location = response.headers.get("location");
  if (location && /^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    response.headers.set("location", onSite(location, new URL(siteUrl)));
  return response;
}
