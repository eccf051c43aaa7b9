// What every record form needs besides the record: countries in the reader's language and the sources to cite.
import "server-only";
import { countryName } from "@/lib/format/country-name";
import { listSourceChoices } from "@/lib/server/cases/list-source-choices";
import { listCountries } from "@/lib/server/public/list-countries";

export async function recordFormData(locale: string) {
  const [countries, sources] = await Promise.all([listCountries(), listSourceChoices()]);
  return { countries: countries.map((c) => ({ code: c.code, name: countryName(c.code, locale, c.name) })), sources };
}
