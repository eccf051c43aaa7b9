// Whether a request was sent by a page of this site: its Origin header against SITE_URL's origin. The Host header
// proves nothing, since any client other than a browser writes it freely.
import { env } from "@/lib/env";

export function isFromSiteOrigin(request: Request, siteUrl: string = env().SITE_URL): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && URL.canParse(origin) && new URL(origin).origin === new URL(siteUrl).origin;
}
