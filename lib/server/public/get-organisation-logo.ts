// The organisation's logo image, for its one route (app/api/organisation/logo): public, as the settings say.
import "server-only";
import { db } from "@/lib/db/client";
import { readOrganisationLogo } from "../internal/organisation-settings";

export async function getOrganisationLogo(): Promise<{ type: string; sha256: string; bytes: Uint8Array } | null> {
  const logo = await readOrganisationLogo(db);
  return logo ? { type: logo.type, sha256: logo.sha256, bytes: Buffer.from(logo.base64, "base64") } : null;
}
