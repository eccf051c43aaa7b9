// Countries as a sheet may name them: the ISO code, the stored English name, or the English or Russian name
// the interface shows. Built from the countries Habeas knows, so a row cannot invent a country.
import { normalLabel } from "./vocabulary";

export type CountryLookup = (text: string) => string | undefined;

export function countryLookup(countries: { code: string; name: string }[]): CountryLookup {
  const map = new Map<string, string>();
  const names = ["en", "ru"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));
  for (const { code, name } of countries) {
    map.set(normalLabel(code), code);
    map.set(normalLabel(name), code);
    for (const display of names) {
      const label = display.of(code);
      if (label) map.set(normalLabel(label), code);
    }
  }
  return (text) => map.get(normalLabel(text));
}
