// The public reads that pages, feeds and the API serve, kept in memory between changes (docs/caching.md).
// Only functions that return published records and public fields belong here: every visitor shares the
// cache. An entry is good while the public generation it was read under is current: an editor's action in
// this process moves the generation on before it returns, and a change committed by any process moves it on
// when the database's notice arrives (lib/cache/follow-public-changes.ts); the age limit is the fallback.
// With a read replica, these shared reads go to the replica, and a signed-in editor's go to the primary,
// uncached, so an editor reads their own writes.
import "server-only";
import { hasSessionCookie } from "@/lib/auth/has-session-cookie";
import { advancePublicGeneration, publicGeneration } from "@/lib/cache/public-generation";
import { createTaggedCache, type TaggedCache } from "@/lib/cache/tagged-cache";
import { readFromReplica } from "@/lib/db/read-scope";
import { replicaTarget } from "@/lib/db/target";
import * as sourceCount from "./count-public-sources";
import * as country from "./get-country-page";
import * as home from "./get-home-summary";
import * as organisation from "./get-organisation";
import * as person from "./get-person-page";
import * as place from "./get-place-page";
import * as source from "./get-source-page";
import * as statistics from "./get-statistics";
import * as cases from "./list-cases";
import * as countries from "./list-countries";
import * as countryNames from "./list-country-names";
import * as places from "./list-places";
import * as sitemapPeople from "./list-sitemap-people";
import * as sitemapPlaces from "./list-sitemap-places";
import * as sources from "./list-public-sources";
import * as statusChanges from "./list-status-changes";
import * as biographies from "./search-biographies";
import * as people from "./search-people";

export const PUBLIC_RECORDS_TAG = "public-records";

const globalForCache = globalThis as typeof globalThis & { habeasPublicCache?: TaggedCache };
// PUBLIC_CACHE=off (the bench's cache-miss server) makes every entry expire at once, so each read reaches the database.
const cache = (globalForCache.habeasPublicCache ??= createTaggedCache({
  maxEntries: 5000,
  maxAgeMs: process.env.PUBLIC_CACHE === "off" ? 0 : 30_000,
  generation: publicGeneration,
}));

const tags = [PUBLIC_RECORDS_TAG] as const;

function shared<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cached = cache.wrap(name, tags, (...args: A) => readFromReplica(() => read(...args)));
  return async (...args) => (replicaTarget() && (await hasSessionCookie()) ? read(...args) : cached(...args));
}

export const getCountryPage = shared("getCountryPage", country.getCountryPage);
export const getHomeSummary = shared("getHomeSummary", home.getHomeSummary);
export const getOrganisation = shared("getOrganisation", organisation.getOrganisation);
export const getPersonPage = shared("getPersonPage", person.getPersonPage);
export const getPlacePage = shared("getPlacePage", place.getPlacePage);
export const listPlaces = shared("listPlaces", places.listPlaces);
export const getSourcePage = shared("getSourcePage", source.getSourcePage);
export const getStatistics = shared("getStatistics", statistics.getStatistics);
export const listPublicCases = shared("listPublicCases", cases.listPublicCases);
export const listCountries = shared("listCountries", countries.listCountries);
export const listCountryNames = shared("listCountryNames", countryNames.listCountryNames);
export const listSitemapPartStarts = shared("listSitemapPartStarts", sitemapPeople.listSitemapPartStarts);
export const listSitemapPeople = shared("listSitemapPeople", sitemapPeople.listSitemapPeople);
export const listSitemapPlaces = shared("listSitemapPlaces", sitemapPlaces.listSitemapPlaces);
export const listPublicSources = shared("listPublicSources", sources.listPublicSources);
export const countPublicSources = shared("countPublicSources", sourceCount.countPublicSources);
export const listStatusChanges = shared("listStatusChanges", statusChanges.listStatusChanges);
export const searchBiographies = shared("searchBiographies", biographies.searchBiographies);
export const searchPeople = shared("searchPeople", people.searchPeople);

/** Drops the cached reads and every cached page built from them, in this process, by moving the generation on. */
export function invalidatePublicRecords(): void {
  advancePublicGeneration();
}
