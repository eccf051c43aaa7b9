// GET /api/organisation/logo: the logo an admin uploaded under Settings (PNG or JPEG, checked by its bytes on upload).
// Pages link it as ?v=<fingerprint>, so a browser may keep it for a day; a new logo is a new address.
import { jsonError } from "@/lib/http/json-error";
import { getOrganisationLogo } from "@/lib/server/public/get-organisation-logo";

export async function GET(request: Request) {
  const logo = await getOrganisationLogo();
  if (!logo) return jsonError(404, "NOT_FOUND", "No logo is set.");
  const etag = `"${logo.sha256}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=86400" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(logo.bytes), {
    headers: {
      ...headers,
      "Content-Type": logo.type,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
