// Country names in the reader's language, from the ISO code; the stored English name is the fallback.
/**
 * Where a country's own usage differs from the CLDR name, it wins: Kyrgyzstan writes its name in Russian as
 * «Кыргызстан» (its constitution), where CLDR has «Киргизия».
 */
const OWN_NAMES: Record<string, Record<string, string>> = { ru: { KG: "Кыргызстан" } };

export function countryName(code: string, locale: string, fallback: string): string {
  const own = OWN_NAMES[locale]?.[code];
  if (own) return own;
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Orders countries by their name in the reader's language. */
export function sortByLocalName<T extends { code: string; name: string }>(countries: T[], locale: string): T[] {
  const collator = new Intl.Collator(locale);
  const named = countries.map((c) => ({ c, label: countryName(c.code, locale, c.name) }));
  return named.sort((a, b) => collator.compare(a.label, b.label)).map((x) => x.c);
}
