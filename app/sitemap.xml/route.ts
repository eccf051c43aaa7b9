// GET /sitemap.xml: the sitemap index, naming one sitemap of the site's pages and countries and as many of
// published people as it takes to keep each under the 50,000-URL limit (lib/server/public/list-sitemap-people.ts).
// A route of our own rather than Next's generateSitemaps, which has no index and asks the database at build time.
import { env } from "@/lib/env";
import { listSitemapPartStarts } from "@/lib/server/public/cached";
import { sitemapIndexXml } from "@/lib/sitemap/sitemap-xml";
import { SITEMAP_HEADERS, sitemapFileUrl } from "@/lib/sitemap/sitemap-files";

export const dynamic = "force-dynamic";

export async function GET() {
  const site = env().SITE_URL;
  const parts = await listSitemapPartStarts();
  const files = [sitemapFileUrl(site, "pages"), ...parts.map((_, i) => sitemapFileUrl(site, `cases-${i}`))];
  return new Response(sitemapIndexXml(files), { headers: SITEMAP_HEADERS });
}
