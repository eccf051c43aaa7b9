// One sitemap entry per interface language for a page, each naming the others as hreflang alternates, as the
// pages themselves do (lib/i18n/alternates.ts). Absolute URLs on SITE_URL only.
import { routing } from "@/i18n/routing";
import type { SitemapUrl } from "./sitemap-xml";

export function localizedUrls(siteUrl: string, path: string): SitemapUrl[] {
  // As the feeds and exports do: the configured address as given, a path prefix included.
  const origin = siteUrl.replace(/\/+$/, "");
  const suffix = path === "/" ? "" : path;
  const href = (locale: string) => `${origin}/${locale}${suffix}`;
  const alternates = [
    ...routing.locales.map((locale) => ({ hreflang: locale, href: href(locale) })),
    { hreflang: "x-default", href: href(routing.defaultLocale) },
  ];
  return routing.locales.map((locale) => ({ loc: href(locale), alternates }));
}
