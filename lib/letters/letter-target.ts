// Whether a case's page offers to write to the person, and where: the one rule the "Write to …" section and the
// printable pack both follow, so the pack exists exactly when the page links to it.
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { currentStay } from "@/lib/places/current-stay";

type PlaceWithAddress = { addressLocal: string | null; addressLatin: string | null };
type LetterCase<S> = { status: CaseStatus; lettersNotAdvised: boolean; stays: readonly S[] };

const hasText = (text: string | null) => !!text && text.trim() !== "";

/** The current stay when letters may be offered: an editor has not marked them as not advised, the person is still
 *  held (currentStay), and a source gives the place a postal address in at least one script. Published-only is the
 *  caller's read (the public person page). */
export function letterTarget<S extends { place: PlaceWithAddress }>(c: LetterCase<S>): S | null {
  if (c.lettersNotAdvised) return null;
  const stay = currentStay(c.status, c.stays);
  if (!stay || !(hasText(stay.place.addressLocal) || hasText(stay.place.addressLatin))) return null;
  return stay;
}
