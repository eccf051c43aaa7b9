// The envelope of a letter to a person in detention: the name in the address's script, the year of birth only where
// the prison system requires it and a source gives it, and nothing filled in that no source gives.
import { describe, expect, it } from "vitest";
import { composeEnvelope, type EnvelopePerson } from "@/lib/letters/envelope";
import { letterTarget } from "@/lib/letters/letter-target";
import { textScript } from "@/lib/letters/text-script";

const person = (over: Partial<EnvelopePerson> = {}): EnvelopePerson => ({
  fullName: "Marat Zhylanbayev",
  birthYear: null,
  aliases: [
    { name: "Марат Ж.", script: "CYRILLIC", kind: "NICKNAME", origin: "SOURCE" },
    { name: "Марат Жыланбаев (транслит.)", script: "CYRILLIC", kind: "TRANSLITERATION", origin: "EDITORIAL" },
    { name: "Марат Жыланбаев", script: "CYRILLIC", kind: "NATIVE_SPELLING", origin: "SOURCE" },
  ],
  ...over,
});
const place = {
  addressLocal: "г. Астана, ул. Тестовая, 1",
  addressLatin: "Astana, ul. Testovaya 1",
  letterNeedsBirthYear: false,
};

describe("letter envelope", () => {
  it("names the person in the address's script: their own Cyrillic spelling on a Cyrillic address", () => {
    const envelope = composeEnvelope(person(), place);
    expect(envelope.local).toEqual({
      recipient: "Марат Жыланбаев",
      address: "г. Астана, ул. Тестовая, 1",
      transliterated: false,
    });
    expect(envelope.latin).toEqual({
      recipient: "Marat Zhylanbayev",
      address: "Astana, ul. Testovaya 1",
      transliterated: false,
    });
  });

  it("uses Habeas's own transliteration when no source spells the name in the address's script, and says so", () => {
    const onlyEditorial = person({
      aliases: [{ name: "Марат Жыланбаев", script: "CYRILLIC", kind: "TRANSLITERATION", origin: "EDITORIAL" }],
    });
    const envelope = composeEnvelope(onlyEditorial, place);
    expect(envelope.local).toMatchObject({ recipient: "Марат Жыланбаев", transliterated: true });
    expect(envelope.latin).toMatchObject({ recipient: "Marat Zhylanbayev", transliterated: false });
    // A source's transliteration is a source's spelling: no mark.
    const sourced = person({
      aliases: [{ name: "Марат Жыланбаев", script: "CYRILLIC", kind: "TRANSLITERATION", origin: "SOURCE" }],
    });
    expect(composeEnvelope(sourced, place).local.transliterated).toBe(false);
    // The Latin side too: a Cyrillic name whose only Latin spelling is Habeas's.
    const cyrillic = person({
      fullName: "Марат Жыланбаев",
      aliases: [{ name: "Marat Zhylanbaev", script: "LATIN", kind: "TRANSLITERATION", origin: "EDITORIAL" }],
    });
    expect(composeEnvelope(cyrillic, place).latin).toMatchObject({
      recipient: "Marat Zhylanbaev",
      transliterated: true,
    });
    expect(composeEnvelope(cyrillic, place).local.transliterated).toBe(false);
  });

  it("keeps the name as recorded when no spelling of it is in the address's script, and never a nickname", () => {
    const onlyNickname = person({
      aliases: [{ name: "Марат Ж.", script: "CYRILLIC", kind: "NICKNAME", origin: "SOURCE" }],
    });
    expect(composeEnvelope(onlyNickname, place).local.recipient).toBe("Marat Zhylanbayev");
    const cyrillicName = person({ fullName: "Марат Жыланбаев", aliases: [] });
    expect(composeEnvelope(cyrillicName, place).local.recipient).toBe("Марат Жыланбаев");
    expect(composeEnvelope(cyrillicName, place).latin.recipient).toBe("Марат Жыланбаев");
  });

  it("adds the year of birth when the prison system requires it and it is known", () => {
    const envelope = composeEnvelope(person({ birthYear: 1978 }), { ...place, letterNeedsBirthYear: true });
    expect(envelope.local.recipient).toBe("Марат Жыланбаев, 1978");
    expect(envelope.latin.recipient).toBe("Marat Zhylanbayev, 1978");
    expect(envelope.birthYear).toEqual({ required: true, year: 1978 });
  });

  it("leaves the year out, and says it is required, when the prison system requires it and no source gives it", () => {
    const envelope = composeEnvelope(person(), { ...place, letterNeedsBirthYear: true });
    expect(envelope.local.recipient).toBe("Марат Жыланбаев");
    expect(envelope.birthYear).toEqual({ required: true, year: null });
  });

  it("leaves a known year out where the prison system does not ask for it", () => {
    const envelope = composeEnvelope(person({ birthYear: 1978 }), place);
    expect(envelope.local.recipient).toBe("Марат Жыланбаев");
    expect(envelope.birthYear).toEqual({ required: false, year: null });
  });

  it("invents no address: a missing or blank one stays null", () => {
    const envelope = composeEnvelope(person(), { ...place, addressLatin: "  ", addressLocal: null });
    expect(envelope.local.address).toBeNull();
    expect(envelope.latin.address).toBeNull();
  });

  it("tells scripts apart by their letters", () => {
    expect(textScript("12, ул. Ленина")).toBe("CYRILLIC");
    expect(textScript("Tashkent, 100000")).toBe("LATIN");
    expect(textScript("١٢ شارع")).toBe("ARABIC");
    expect(textScript("123")).toBeNull();
  });
});

describe("letter target", () => {
  const stay = (addressLocal: string | null, addressLatin: string | null = null) => ({
    place: { addressLocal, addressLatin },
  });
  const detained = { status: "IMPRISONED" as const, lettersNotAdvised: false, stays: [stay("ул. 1"), stay("old")] };

  it("is the current stay of a person held at a place with an address", () => {
    expect(letterTarget(detained)).toBe(detained.stays[0]);
    expect(letterTarget({ ...detained, stays: [stay(null, "ul. 1")] })).not.toBeNull();
  });

  it("is none when letters are not advised, no place is known, it has no address, or the person is released", () => {
    expect(letterTarget({ ...detained, lettersNotAdvised: true })).toBeNull();
    expect(letterTarget({ ...detained, stays: [] })).toBeNull();
    expect(letterTarget({ ...detained, stays: [stay(null, " ")] })).toBeNull();
    expect(letterTarget({ ...detained, status: "RELEASED" })).toBeNull();
  });
});
