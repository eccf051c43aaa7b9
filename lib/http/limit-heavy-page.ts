// Refuses an anonymous visitor a printable briefing or dated statistics once their address has had its share
// this minute. Runs in the proxy, before the page renders; a page sent from the whole-page cache never gets
// this far and costs nothing.
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { clientAddress } from "./client-address";
import { heavyWorkRetryAfter } from "./heavy-work-limit";

const BRIEFING_PAGE = /^\/[^/]+\/countries\/[^/]+\/briefing\/?$/;
const STATISTICS_PAGE = /^\/[^/]+\/statistics\/?$/;

/** The printable briefing, and statistics rebuilt as of a chosen date. */
export function isHeavyPage(url: URL): boolean {
  return BRIEFING_PAGE.test(url.pathname) || (STATISTICS_PAGE.test(url.pathname) && url.searchParams.has("asOf"));
}

/** A 429 response to send instead of the page, or null when the page may be rendered. */
export async function refuseHeavyPage(request: NextRequest): Promise<Response | null> {
  if (!isHeavyPage(request.nextUrl)) return null;
  const { NEXTAUTH_SECRET, SITE_URL } = env();
  // A signed session cookie is enough to tell staff from visitors here; the page itself checks the account.
  const token = await getToken({
    req: request,
    secret: NEXTAUTH_SECRET,
    secureCookie: SITE_URL.startsWith("https:"),
  }).catch(() => null);
  if (token) return null;
  const wait = await heavyWorkRetryAfter("page", clientAddress(request.headers));
  if (wait === null) return null;
  const prefix = request.nextUrl.pathname.split("/")[1];
  const locale = hasLocale(routing.locales, prefix) ? prefix : routing.defaultLocale;
  return new Response(translatorFor(locale)("RateLimit.tooManyPages", { seconds: wait }), {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(wait), "Cache-Control": "no-store" },
  });
}
