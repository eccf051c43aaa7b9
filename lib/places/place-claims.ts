// Which claim each field of a place is cited under. A new place cites its source for each field it fills, and a
// change replaces the citations of the fields it touches, so each field shows only the sources for its value.

export const PLACE_CLAIMS = {
  name: "name",
  kind: "kind",
  countryCode: "country",
  region: "region",
  addressLocal: "address",
  addressLatin: "address",
  letterRules: "letterRules",
  letterNeedsBirthYear: "letterRules",
  notes: "notes",
} as const satisfies Record<string, string>;

export type PlaceClaim = (typeof PLACE_CLAIMS)[keyof typeof PLACE_CLAIMS];

/** The claims of the fields that say something: an empty field or an unticked box claims nothing. */
export function placeClaimsOf(fields: Partial<Record<keyof typeof PLACE_CLAIMS, unknown>>): PlaceClaim[] {
  const filled = (Object.keys(PLACE_CLAIMS) as (keyof typeof PLACE_CLAIMS)[]).filter(
    (name) => fields[name] !== null && fields[name] !== undefined && fields[name] !== false && fields[name] !== "",
  );
  return [...new Set(filled.map((name) => PLACE_CLAIMS[name]))];
}

/** The claim a stay is cited under: that the person was held there from its date. */
export const STAY_CLAIM = "stay";

/** The claim of a place's other name, one per spelling. */
export const placeNameClaim = (name: string) => `name: ${name}`;
