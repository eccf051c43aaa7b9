// "Letters not advised" means no public read pairs the person with a postal address to write to: letters could
// endanger them. The place itself stays named, a cited fact, but its address, its letter rules and their citations
// are dropped from the case's stays. One rule for the person page, the API, the preview and the exchange export,
// applied where they read the case, so no page can forget it; SQL reads follow the same rule
// (lib/server/public/place-cases-sql.ts).
import { PLACE_CLAIMS } from "@/lib/places/place-claims";

const POSTAL_CLAIMS: ReadonlySet<string> = new Set([
  PLACE_CLAIMS.addressLocal,
  PLACE_CLAIMS.addressLatin,
  PLACE_CLAIMS.letterRules,
]);

type PostalPlace = {
  addressLocal: string | null;
  addressLatin: string | null;
  letterRules: string | null;
  letterNeedsBirthYear: boolean;
  citations: readonly { claim: string }[];
};
type FlaggableCase = { lettersNotAdvised: boolean; stays: readonly { place: PostalPlace }[] };

export function withholdPostalDetails<C extends FlaggableCase>(c: C): C {
  if (!c.lettersNotAdvised) return c;
  return {
    ...c,
    stays: c.stays.map((stay) => ({
      ...stay,
      place: {
        ...stay.place,
        addressLocal: null,
        addressLatin: null,
        letterRules: null,
        letterNeedsBirthYear: false,
        citations: stay.place.citations.filter((citation) => !POSTAL_CLAIMS.has(citation.claim)),
      },
    })),
  };
}

/** For a file another instance imports: it cannot know the flag and would offer letters from any stay, so a flagged
 *  case travels without its stays. */
export function withholdStaysForExchange<C extends { lettersNotAdvised: boolean; stays: readonly unknown[] }>(c: C): C {
  return c.lettersNotAdvised ? { ...c, stays: [] } : c;
}
