// The slugs of the places of detention for the sitemap's pages file. Places are public records and few (a country
// has its prisons and colonies), yet the list is capped so the file stays within a sitemap's 50,000 URLs.
import "server-only";
import { db } from "@/lib/db/client";

/** Each place is listed once per interface language, beside the site's pages and countries. */
export const SITEMAP_PLACES = 20_000;

export async function listSitemapPlaces(): Promise<string[]> {
  const rows = await db.place.findMany({ orderBy: { slug: "asc" }, take: SITEMAP_PLACES, select: { slug: true } });
  return rows.map((r) => r.slug);
}
