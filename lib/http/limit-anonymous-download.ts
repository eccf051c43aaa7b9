// Refuses an anonymous visitor's PDF or DOCX once their address has had its share this minute. Staff are
// not limited: they are few, and signed in.
import { jsonError } from "@/lib/http/json-error";
import { currentUser } from "@/lib/auth/session";
import { clientAddress } from "./client-address";
import { heavyWorkRetryAfter } from "./heavy-work-limit";

/** A 429 response to send instead of the document, or null when the document may be made. */
export async function refuseAnonymousDownload(request: Request): Promise<Response | null> {
  if (await currentUser().catch(() => null)) return null;
  const wait = await heavyWorkRetryAfter("download", clientAddress(request.headers));
  if (wait === null) return null;
  return jsonError(
    429,
    "RATE_LIMITED",
    `Too many documents requested from your address. Try again in ${wait} seconds.`,
    { "Retry-After": String(wait) },
  );
}
