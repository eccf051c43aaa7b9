// Writes sitemap and sitemap-index XML (sitemaps.org, with xhtml:link hreflang alternates as search engines
// read them). Every value is escaped here: slugs come from records, and a URL may carry an ampersand.
export type SitemapUrl = { loc: string; alternates: { hreflang: string; href: string }[] };

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => {
      const links = url.alternates
        .map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`)
        .join("");
      return `<url><loc>${escapeXml(url.loc)}</loc>${links}</url>`;
    })
    .join("\n");
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`;
}

export function sitemapIndexXml(locs: string[]): string {
  const body = locs.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join("\n");
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}
