// What goes on an envelope to a person in detention: the recipient line and the address, once in the address's own
// script for letters posted inside the country and once in Latin letters for letters from abroad. Pure, so the case
// page and the printable pack compose the same envelope. Nothing is filled in: a missing part stays null.
import type { AliasKind, AliasOrigin, NameScript } from "@/lib/generated/prisma/enums";
import { textScript } from "./text-script";

export type EnvelopePerson = {
  fullName: string;
  /** Public only: the page's select, which carries only cited, published values. */
  birthYear: number | null;
  aliases: readonly { name: string; script: NameScript; kind: AliasKind; origin: AliasOrigin }[];
};

export type EnvelopePlace = {
  addressLocal: string | null;
  addressLatin: string | null;
  letterNeedsBirthYear: boolean;
};

/** One side of the envelope: null address when no source gives it. `transliterated`: the recipient's name is
 *  Habeas's own spelling in this script, which the page and the pack say beside it. */
export type EnvelopeAddress = { recipient: string; address: string | null; transliterated: boolean };

export type Envelope = {
  local: EnvelopeAddress;
  latin: EnvelopeAddress;
  /** required: the prison system wants it beside the name; year: null when it is required but not known. */
  birthYear: { required: boolean; year: number | null };
};

/** Spellings of the person's present name, best first: their own spelling before a transliteration, a source's
 *  before Habeas's. A former name or a nickname would not reach them, so neither is ever put on an envelope. */
const SPELLING_RANK: Partial<Record<AliasKind, number>> = { NATIVE_SPELLING: 0, TRANSLITERATION: 2 };
const rank = (a: EnvelopePerson["aliases"][number]) => SPELLING_RANK[a.kind]! + (a.origin === "SOURCE" ? 0 : 1);

type Spelling = { name: string; transliterated: boolean };

/** The person's name in `script`: as recorded when it is already in that script, else their best spelling in it,
 *  else as recorded (a name is never transliterated here; an editor records a spelling as an alias, with its
 *  source).
 *  When the best spelling is one Habeas's editors transliterated (no source gives the name in that script), it is
 *  still used, and marked: the address is in the local script, and postal and prison staff match the recipient
 *  against their own records in that script, so a name in another script risks the letter not arriving. Leaving it
 *  out would be no more honest, only less useful; passing it off as a source's spelling would not be honest. */
export function nameInScript(person: EnvelopePerson, script: NameScript | null): Spelling {
  const asRecorded = { name: person.fullName, transliterated: false };
  if (!script || textScript(person.fullName) === script) return asRecorded;
  const spellings = person.aliases.filter((a) => a.script === script && SPELLING_RANK[a.kind] !== undefined);
  const best = spellings.sort((a, b) => rank(a) - rank(b))[0];
  return best ? { name: best.name, transliterated: best.origin !== "SOURCE" } : asRecorded;
}

const trimmed = (text: string | null) => (text && text.trim() !== "" ? text.trim() : null);

export function composeEnvelope(person: EnvelopePerson, place: EnvelopePlace): Envelope {
  const year = place.letterNeedsBirthYear ? person.birthYear : null;
  const side = ({ name, transliterated }: Spelling, address: string | null): EnvelopeAddress => ({
    recipient: year === null ? name : `${name}, ${year}`,
    address,
    transliterated,
  });
  const addressLocal = trimmed(place.addressLocal);
  const addressLatin = trimmed(place.addressLatin);
  return {
    local: side(nameInScript(person, addressLocal ? textScript(addressLocal) : null), addressLocal),
    latin: side(nameInScript(person, "LATIN"), addressLatin),
    birthYear: { required: place.letterNeedsBirthYear, year },
  };
}
