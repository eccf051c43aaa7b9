// Refuses an anonymous visitor a printable briefing or dated statistics once their address has had its share
// this minute. Runs in the proxy, before the page renders; a page sent from the whole-page cache never gets
// this far and costs nothing. Only a live staff session is exempt: a signed cookie that was signed out is not.
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { isLiveSession } from "@/lib/auth/live-session-check";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { translatorFor } from "@/lib/i18n/translator";
import { clientAddress } from "./client-address";
import { heavyWorkRetryAfter } from "./heavy-work-limit";

const BRIEFING_PAGE = /^\/[^/]+\/countries\/[^/]+\/briefing\/?$/;
const STATISTICS_PAGE = /^\/[^/]+\/statistics\/?$/;

/** The path as Next routes it: `/en/statistic%73` is the statistics page too. */
function routedPath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
}

/** The printable briefing, and statistics rebuilt as of a chosen date. A path that does not decode is one Next
 *  cannot route either, so it is treated as heavy (and refused at the door by scripts/serve.ts anyway). */
export function isHeavyPage(url: URL): boolean {
  const path = routedPath(url);
  if (path === null) return true;
  return BRIEFING_PAGE.test(path) || (STATISTICS_PAGE.test(path) && url.searchParams.has("asOf"));
}

/** A 429 response to send instead of the page, or null when the page may be rendered. */
export async function refuseHeavyPage(request: NextRequest): Promise<Response | null> {
  if (!isHeavyPage(request.nextUrl)) return null;
  const { NEXTAUTH_SECRET, SITE_URL } = env();
  const token = await getToken({
    req: request,
    secret: NEXTAUTH_SECRET,
    secureCookie: SITE_URL.startsWith("https:"),
  }).catch(() => null);
  if (token && (await isLiveSession(token.sub, token.sv))) return null;
  const wait = await heavyWorkRetryAfter("page", clientAddress(request.headers));
  if (wait === null) return null;
  const prefix = request.nextUrl.pathname.split("/")[1];
  const locale = hasLocale(routing.locales, prefix) ? prefix : routing.defaultLocale;
  return new Response(translatorFor(locale)("RateLimit.tooManyPages", { seconds: wait }), {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(wait), "Cache-Control": "no-store" },
  });
}
