// The public reads that pages, feeds and the API serve, kept in memory between editors' changes.
// Only functions that return published records and public fields belong here: every visitor shares the
// cache. Each editor action that can change what the public sees invalidates the tag before it returns, so
// the next request reads the database; the age limit covers writes made by another process.
import "server-only";
import { advancePublicGeneration } from "@/lib/cache/public-generation";
import { createTaggedCache, type TaggedCache } from "@/lib/cache/tagged-cache";
import * as country from "./get-country-page";
import * as home from "./get-home-summary";
import * as person from "./get-person-page";
import * as source from "./get-source-page";
import * as statistics from "./get-statistics";
import * as cases from "./list-cases";
import * as countries from "./list-countries";
import * as countryNames from "./list-country-names";
import * as statusChanges from "./list-status-changes";
import * as biographies from "./search-biographies";
import * as people from "./search-people";

export const PUBLIC_RECORDS_TAG = "public-records";

const globalForCache = globalThis as typeof globalThis & { habeasPublicCache?: TaggedCache };
const cache = (globalForCache.habeasPublicCache ??= createTaggedCache({ maxEntries: 5000, maxAgeMs: process.env.PUBLIC_CACHE === "off" ? 0 : 30_000 }));

const tags = [PUBLIC_RECORDS_TAG] as const;

export const getCountryPage = cache.wrap("getCountryPage", tags, country.getCountryPage);
export const getHomeSummary = cache.wrap("getHomeSummary", tags, home.getHomeSummary);
export const getPersonPage = cache.wrap("getPersonPage", tags, person.getPersonPage);
export const getSourcePage = cache.wrap("getSourcePage", tags, source.getSourcePage);
export const getStatistics = cache.wrap("getStatistics", tags, statistics.getStatistics);
export const listPublicCases = cache.wrap("listPublicCases", tags, cases.listPublicCases);
export const listCountries = cache.wrap("listCountries", tags, countries.listCountries);
export const listCountryNames = cache.wrap("listCountryNames", tags, countryNames.listCountryNames);
export const listStatusChanges = cache.wrap("listStatusChanges", tags, statusChanges.listStatusChanges);
export const searchBiographies = cache.wrap("searchBiographies", tags, biographies.searchBiographies);
export const searchPeople = cache.wrap("searchPeople", tags, people.searchPeople);

/** Drops the cached reads and, through the generation, every cached page built from them. */
export function invalidatePublicRecords(): void {
  cache.invalidate(PUBLIC_RECORDS_TAG);
  advancePublicGeneration();
}
