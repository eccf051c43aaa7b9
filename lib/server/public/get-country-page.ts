// One country's public picture: its published cases, the laws criticised, demands on its government, and sources.
import "server-only";
import { db } from "@/lib/db";
import { countPublishedByStatus } from "./count-published-cases";
import { PUBLIC_CITATION, PUBLIC_DEMAND, PUBLISHED, publicCitationSelect } from "./public-selects";

/** The page lists this many cases, first by name, and links to /cases with the country filter for the rest. */
export const COUNTRY_PAGE_CASES = 25;

const citations = { select: publicCitationSelect, orderBy: { id: "asc" } } as const;

/** Citations of claims about this country; which of them are public is PUBLIC_CITATION's to say. */
const aboutCountry = (code: string) => ({
  OR: [
    { case: { countryCode: code } },
    { statusEvent: { case: { countryCode: code } } },
    { law: { countryCode: code } },
    { demand: { countryCode: code } },
  ],
});

export async function getCountryPage(code: string) {
  const country = await db.country.findUnique({ where: { code }, select: { code: true, name: true } });
  if (!country) return null;
  const [byStatus, cases, laws, demands, sources] = await Promise.all([
    countPublishedByStatus(code),
    db.case.findMany({
      where: { ...PUBLISHED, countryCode: code },
      // sortName is the person's name, copied onto the case so the index on (country, name) serves this.
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      take: COUNTRY_PAGE_CASES,
      select: {
        id: true,
        status: true,
        statusSince: true,
        statusSincePrecision: true,
        person: { select: { slug: true, fullName: true, isUnnamed: true, roles: true, aliases: { select: { name: true, script: true } } } },
      },
    }),
    db.law.findMany({
      where: { countryCode: code },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        description: true,
        status: true,
        citations,
        demands: { where: PUBLIC_DEMAND, select: { id: true, kind: true, description: true, targetAuthority: true, status: true } },
      },
    }),
    db.demand.findMany({
      where: { countryCode: code, caseId: null, lawId: null },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, description: true, targetAuthority: true, status: true, citations },
    }),
    db.source.findMany({
      where: { citations: { some: { AND: [PUBLIC_CITATION, aboutCountry(code)] } } },
      orderBy: { title: "asc" },
      select: { id: true, title: true, publisher: true, publishedDate: true, publishedPrecision: true, kind: true },
    }),
  ]);
  return {
    country,
    byStatus,
    /** All published cases of the country; `cases` holds the first COUNTRY_PAGE_CASES of them. */
    totalCases: byStatus.reduce((sum, row) => sum + row.count, 0),
    cases,
    laws,
    demands,
    sources,
  };
}

export type CountryPage = NonNullable<Awaited<ReturnType<typeof getCountryPage>>>;
