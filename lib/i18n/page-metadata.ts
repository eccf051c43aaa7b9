// The metadata every public page carries: title and description, the canonical URL and hreflang alternates,
// and the Open Graph and Twitter card tags a link preview is built from. URLs are paths here; the layout's
// metadataBase (SITE_URL) makes them absolute, so no tag ever names the request's Host.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { localeAlternates } from "./alternates";

/** Open Graph wants language_TERRITORY; a language added later falls back to its bare code. */
const OG_LOCALES: Record<string, string> = { en: "en_GB", ru: "ru_RU" };

type Options = {
  /** The page's own title; the home page has none and gets the site's default title. */
  title?: string;
  description?: string;
  feed?: { query: string; title: string };
  /** "own": the page's folder has an opengraph-image file (case and country pages), which Next adds itself. */
  image?: "own" | "site";
};

/** The site-wide share image, app/[locale]/opengraph-image.tsx. */
export const siteShareImagePath = (locale: string) => `/${locale}/opengraph-image`;

export async function publicPageMetadata(locale: Locale, path: string, options: Options = {}): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: "Site" });
  const alternates = localeAlternates(locale, path, options.feed);
  const description = options.description ?? site("defaultDescription");
  const ogTitle = options.title ?? site("defaultTitle");
  return {
    ...(options.title ? { title: options.title } : {}),
    description,
    alternates,
    openGraph: {
      type: "website",
      siteName: site("name"),
      title: ogTitle,
      description,
      url: `/${locale}${path === "/" ? "" : path}`,
      locale: OG_LOCALES[locale] ?? locale,
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l] ?? l),
      // Without an `images` key, Next fills in the page folder's own opengraph-image.
      ...(options.image === "own"
        ? {}
        : { images: [{ url: siteShareImagePath(locale), width: 1200, height: 630, alt: site("name") }] }),
    },
    // Title, description and image are copied from Open Graph by Next when the card names none.
    twitter: { card: "summary_large_image" },
  };
}
