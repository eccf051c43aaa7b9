// The sitemap files the index lists, by name: "pages" (the site's own pages, every country and place) and "cases-<n>"
// (the n-th slug range of published people). Any other name is a 404.
import { z } from "zod";

export const ZSitemapFileSchema = z.union([
  z.literal("pages.xml").transform(() => ({ kind: "pages" as const })),
  z
    .string()
    .regex(/^cases-(0|[1-9]\d{0,5})\.xml$/)
    .transform((name) => ({ kind: "cases" as const, part: Number(name.slice("cases-".length, -".xml".length)) })),
]);

/** The public pages that are the same for everyone, in every language. Search results are not listed. */
export const SITE_PAGES = ["/", "/cases", "/countries", "/places", "/statistics", "/api-docs", "/about"] as const;

// Short: a taken-down case must leave the sitemap that proxies keep as soon as it leaves the site.
export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=60",
};

export const sitemapFileUrl = (siteUrl: string, name: string) => `${siteUrl.replace(/\/+$/, "")}/sitemaps/${name}.xml`;
