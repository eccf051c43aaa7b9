// The citations of a place that support one of its fields (see place-claims.ts), for that field's footnotes, and
// all of them in the order the place page shows its fields, for the page's numbering.
import { placeNameClaim, type PlaceClaim } from "./place-claims";

type Cited<C> = { citations: readonly C[] };

export function citationsFor<C extends { claim: string }>(place: Cited<C>, ...claims: PlaceClaim[]): C[] {
  return place.citations.filter((c) => (claims as string[]).includes(c.claim));
}

export function placeCitationsInDisplayOrder<C extends { claim: string }>(
  place: Cited<C> & { names: readonly { name: string }[] },
): C[][] {
  const otherNames = new Set(place.names.map((n) => placeNameClaim(n.name)));
  return [
    citationsFor(place, "name"),
    place.citations.filter((c) => otherNames.has(c.claim)),
    ...(["kind", "country", "region", "address", "letterRules", "notes"] as const).map((claim) =>
      citationsFor(place, claim),
    ),
    // A citation added on its own, under a claim of the editor's choosing, still shows at the foot of the page.
    [...place.citations],
  ];
}
