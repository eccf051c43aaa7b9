// Who runs this instance, as the public sees it: the organisation settings an admin sets (About page; briefings
// later). Every field is public by design; the logo is named by its fingerprint, its bytes served elsewhere.
import "server-only";
import { db } from "@/lib/db/client";
import { readOrganisationLogo, readOrganisationTexts } from "../internal/organisation-settings";

export type PublicOrganisation = {
  name: string;
  contact: string;
  introduction: string;
  logo: { type: string; sha256: string } | null;
};

export async function getOrganisation(): Promise<PublicOrganisation> {
  const [texts, logo] = await Promise.all([readOrganisationTexts(db), readOrganisationLogo(db)]);
  return { ...texts, logo: logo ? { type: logo.type, sha256: logo.sha256 } : null };
}
