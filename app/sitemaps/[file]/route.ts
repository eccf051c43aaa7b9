// GET /sitemaps/pages.xml | /sitemaps/cases-<n>.xml: one sitemap of the index at /sitemap.xml. Every URL in
// every language, with hreflang alternates; published people only, never a draft or deleted case.
import { jsonError } from "@/lib/http/json-error";
import { env } from "@/lib/env";
import { listCountries, listSitemapPartStarts, listSitemapPeople, listSitemapPlaces } from "@/lib/server/public/cached";
import { localizedUrls } from "@/lib/sitemap/localized-urls";
import { SITE_PAGES, SITEMAP_HEADERS, ZSitemapFileSchema } from "@/lib/sitemap/sitemap-files";
import { urlsetXml } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

async function paths(file: string): Promise<string[] | null> {
  const parsed = ZSitemapFileSchema.safeParse(file);
  if (!parsed.success) return null;
  if (parsed.data.kind === "pages") {
    const [countries, places] = await Promise.all([listCountries(), listSitemapPlaces()]);
    return [
      ...SITE_PAGES,
      ...countries.map((c) => `/countries/${c.code}`),
      ...places.map((slug) => `/places/${encodeURIComponent(slug)}`),
    ];
  }
  const starts = await listSitemapPartStarts();
  const from = starts[parsed.data.part];
  if (from === undefined) return null;
  const slugs = await listSitemapPeople(from, starts[parsed.data.part + 1] ?? null);
  return slugs.map((slug) => `/cases/${encodeURIComponent(slug)}`);
}

export async function GET(_request: Request, { params }: Context) {
  const list = await paths((await params).file);
  if (!list) return jsonError(404, "NOT_FOUND", "No such sitemap.");
  const site = env().SITE_URL;
  return new Response(urlsetXml(list.flatMap((path) => localizedUrls(site, path))), { headers: SITEMAP_HEADERS });
}
