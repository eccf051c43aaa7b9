// Countries as a sheet may name them: the ISO code, the stored English name, or the English or Russian name
// the interface shows. Built from the countries Habeas knows, so a row cannot invent a country.
import { normalLabel } from "./vocabulary";

export type CountryLookup = (text: string) => string | undefined;

// Names people write that the interface does not show: official and older Russian names, and official
// English ones. Each applies only when Habeas knows the country.
const OTHER_NAMES: [string, string][] = [
  ["Кыргызстан", "KG"],
  ["Кыргызская Республика", "KG"],
  ["Киргизстан", "KG"],
  ["Kyrgyz Republic", "KG"],
  ["Белоруссия", "BY"],
  ["Республика Беларусь", "BY"],
  ["Молдавия", "MD"],
  ["Республика Молдова", "MD"],
  ["США", "US"],
  ["USA", "US"],
  ["Соединённые Штаты Америки", "US"],
  ["UK", "GB"],
  ["Великобритания", "GB"],
  ["Российская Федерация", "RU"],
  ["Russian Federation", "RU"],
  ["Туркмения", "TM"],
  ["Czech Republic", "CZ"],
  ["Чешская Республика", "CZ"],
];

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
  const known = new Set(countries.map(({ code }) => code));
  for (const [name, code] of OTHER_NAMES) if (known.has(code)) map.set(normalLabel(name), code);
  return (text) => map.get(normalLabel(text));
}
