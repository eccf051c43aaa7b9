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

/** One side of the envelope: null address when no source gives it. */
export type EnvelopeAddress = { recipient: string; address: string | null };

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

/** The person's name in `script`: as recorded when it is already in that script, else their best spelling in it,
 *  else as recorded (a name is never transliterated here; an editor records a spelling as an alias, with its
 *  source). */
export function nameInScript(person: EnvelopePerson, script: NameScript | null): string {
  if (!script || textScript(person.fullName) === script) return person.fullName;
  const spellings = person.aliases.filter((a) => a.script === script && SPELLING_RANK[a.kind] !== undefined);
  return spellings.sort((a, b) => rank(a) - rank(b))[0]?.name ?? person.fullName;
}

const trimmed = (text: string | null) => (text && text.trim() !== "" ? text.trim() : null);

export function composeEnvelope(person: EnvelopePerson, place: EnvelopePlace): Envelope {
  const year = place.letterNeedsBirthYear ? person.birthYear : null;
  const line = (name: string) => (year === null ? name : `${name}, ${year}`);
  const addressLocal = trimmed(place.addressLocal);
  const addressLatin = trimmed(place.addressLatin);
  return {
    local: {
      recipient: line(nameInScript(person, addressLocal ? textScript(addressLocal) : null)),
      address: addressLocal,
    },
    latin: { recipient: line(nameInScript(person, "LATIN")), address: addressLatin },
    birthYear: { required: place.letterNeedsBirthYear, year },
  };
}
