// Sends each visitor to a language-prefixed URL (the one in the address, else their cookie, else
// Accept-Language), with absolute URLs on the configured site address, and limits anonymous heavy pages.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { env } from "./lib/env";
import { refuseHeavyPage } from "./lib/http/limit-heavy-page";
import { withSiteAddress } from "./lib/http/site-address";

const localeRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const refused = await refuseHeavyPage(request);
  if (refused) return refused;
  // next-intl builds its Link alternates and redirects from the request's Host and X-Forwarded-Host.
  return withSiteAddress(localeRouting(request), env().SITE_URL);
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
