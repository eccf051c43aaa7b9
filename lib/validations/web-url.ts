// A link to a web page: http or https only. A `javascript:`, `data:` or `file:` address is refused, so no
// stored URL can run script or reach a reader's own machine when a page, feed or export links to it.
import { z } from "zod";

export const WEB_URL_PROTOCOL = /^https?$/;

export const ZWebUrlSchema = z.url({ protocol: WEB_URL_PROTOCOL, error: "invalidUrl" }).max(2000, { error: "tooLong" });

/** The address as a link target when it is a web page; null for anything else, e.g. a row stored before this check. */
export function webHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
