// hreflang alternates for a page: the same path in every interface language.
import type { Metadata } from "next";
import { routing } from "@/i18n/routing";

/** `feed` adds an Atom feed of the page's status changes as a link rel="alternate". */
export function localeAlternates(
  locale: string,
  path: string,
  feed?: { query: string; title: string },
): Metadata["alternates"] {
  const suffix = path === "/" ? "" : path;
  return {
    ...(feed
      ? { types: { "application/atom+xml": [{ url: `/api/feeds?${feed.query}&locale=${locale}`, title: feed.title }] } }
      : {}),
    canonical: `/${locale}${suffix}`,
    languages: Object.fromEntries([
      ...routing.locales.map((l) => [l, `/${l}${suffix}`]),
      ["x-default", `/${routing.defaultLocale}${suffix}`],
    ]),
  };
}
