// What every record form needs besides the record: countries in the reader's language and the sources to cite,
// and, for a stay, the places of its case's country.
import "server-only";
import { countryName } from "@/lib/format/country-name";
import { listSourceChoices } from "@/lib/server/cases/list-source-choices";
import { listPlaceChoices } from "@/lib/server/records/list-place-choices";
import { listCountries } from "@/lib/server/public/list-countries";

export async function recordFormData(locale: string, caseId?: string | null) {
  const [countries, sources, places] = await Promise.all([
    listCountries(),
    listSourceChoices(),
    caseId ? listPlaceChoices(caseId) : [],
  ]);
  return {
    countries: countries.map((c) => ({ code: c.code, name: countryName(c.code, locale, c.name) })),
    sources,
    places,
  };
}
