// The public columns of each record. Public queries select through these and nothing else,
// so a confidential column added later stays private until someone deliberately lists it here.
import { PUBLISHED } from "@/lib/cases/published";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A demand about no case (a country's or a law's) is public; one about a case is public with its case. */
export const PUBLIC_DEMAND = { OR: [{ caseId: null }, { case: PUBLISHED }] } satisfies Prisma.DemandWhereInput;

const NO_CLAIM = {
  personId: null,
  caseId: null,
  statusEventId: null,
  chargeId: null,
  demandId: null,
  lawId: null,
  caseFactId: null,
  placeId: null,
  placeStayId: null,
} as const;

/** A citation supporting a claim that the public site shows: about a person with a published case, a published
 *  case, a status event, charge, fact or stay of one, a public demand, or a law or place (public records). */
const PUBLIC_CLAIM = {
  OR: [
    { person: { cases: { some: PUBLISHED } } },
    { case: PUBLISHED },
    { statusEvent: { case: PUBLISHED } },
    { charge: { cases: { some: { case: PUBLISHED } } } },
    { demand: PUBLIC_DEMAND },
    { lawId: { not: null } },
    { caseFact: { case: PUBLISHED } },
    { placeId: { not: null } },
    { placeStay: { case: PUBLISHED } },
  ],
} satisfies Prisma.CitationWhereInput;

/** The one definition of a public citation: it supports a public claim, or it supports no claim (it records a
 *  passage of another document quoted in its source) and its source is cited for a public claim. */
export const PUBLIC_CITATION = {
  OR: [PUBLIC_CLAIM, { AND: [NO_CLAIM, { source: { citations: { some: PUBLIC_CLAIM } } }] }],
} satisfies Prisma.CitationWhereInput;

/** The one definition of a public source: a public citation cites it, or quotes it (and so shows its title).
 *  A source that only drafts, deleted cases or nothing at all cite is not public anywhere. */
export const PUBLIC_SOURCE = {
  OR: [{ citations: { some: PUBLIC_CITATION } }, { quotedIn: { some: PUBLIC_CITATION } }],
} satisfies Prisma.SourceWhereInput;

/** The public columns of a source, as the API, the exchange file and the source page list it. */
export const publicSourceSelect = {
  id: true,
  title: true,
  publisher: true,
  authors: true,
  publishedDate: true,
  publishedPrecision: true,
  url: true,
  kind: true,
} as const satisfies Prisma.SourceSelect;

export const publicCitationSelect = {
  id: true,
  quote: true,
  claim: true,
  locator: true,
  source: { select: { id: true, title: true, publisher: true, publishedDate: true, publishedPrecision: true } },
  quotedSource: { select: { id: true, title: true } },
} satisfies Prisma.CitationSelect;

export const publicCaseSelect = {
  id: true,
  status: true,
  statusSince: true,
  statusSincePrecision: true,
  arrestDate: true,
  arrestPrecision: true,
  convictionDate: true,
  convictionPrecision: true,
  releaseDate: true,
  releasePrecision: true,
  sentence: true,
  facility: true,
  summary: true,
  country: { select: { code: true, name: true } },
} satisfies Prisma.CaseSelect;

export const publicPersonSelect = {
  id: true,
  slug: true,
  fullName: true,
  isUnnamed: true,
  gender: true,
  birthYear: true,
  roles: true,
  biography: true,
} satisfies Prisma.PersonSelect;

export type PublicCitation = Prisma.CitationGetPayload<{ select: typeof publicCitationSelect }>;

/** A place of detention as public pages show it: every column is public, and cited. */
export const publicPlaceSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  region: true,
  addressLocal: true,
  addressLatin: true,
  letterRules: true,
  letterNeedsBirthYear: true,
  notes: true,
  country: { select: { code: true, name: true } },
  names: { select: { id: true, name: true, script: true }, orderBy: { name: "asc" } },
  citations: { select: publicCitationSelect, orderBy: { id: "asc" } },
} satisfies Prisma.PlaceSelect;
