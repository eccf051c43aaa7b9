// Everything the seed writes, gathered in one place.
import { countries } from "./countries";
import { declarationParagraphs } from "./declaration";
import { CYRILLIC_BY_SLUG } from "./cyrillic";
import { countryDemands, generalDemands } from "./demands";
import { guantanamo } from "./guantanamo";
import { kazakhstan } from "./kazakhstan";
import { kyrgyzstan } from "./kyrgyzstan";
import { laws } from "./laws";
import { organisations, SAMARKAND_STATEMENT, sources } from "./sources";
import { tajikistan } from "./tajikistan";
import { turkmenistan } from "./turkmenistan";
import { uzbekistan } from "./uzbekistan";

export const seedData = {
  defaultSource: SAMARKAND_STATEMENT,
  countries,
  organisations,
  sources,
  laws,
  people: [...kazakhstan, ...kyrgyzstan, ...tajikistan, ...turkmenistan, ...uzbekistan, ...guantanamo].map(
    (person) => ({
      ...person,
      cyrillic: CYRILLIC_BY_SLUG[person.slug],
    }),
  ),
  countryDemands,
  generalDemands,
  declarationParagraphs,
};

export type TSeedData = typeof seedData;
