// GET /robots.txt: crawlers may read the public pages; the editors' area, sign-in, one-time links and the API's
// exports and documents (heavy, rate-limited, or the same data as the pages) are not for them. The sitemap's
// address comes from SITE_URL, read per request: a build must not freeze the address it was built with.
import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

// The printable briefing is rate-limited and marked noindex; the country page is what should be found.
const STAFF_AND_ACCOUNT_PATHS = ["/dashboard", "/sign-in", "/invite/", "/reset/", "/countries/*/briefing"];

export default function robots(): MetadataRoute.Robots {
  const site = env().SITE_URL.replace(/\/+$/, "");
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", ...routing.locales.flatMap((locale) => STAFF_AND_ACCOUNT_PATHS.map((p) => `/${locale}${p}`))],
    },
    sitemap: `${site}/sitemap.xml`,
  };
}
