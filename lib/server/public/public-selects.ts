// The public columns of each record. Public queries select through these and nothing else,
// so a confidential column added later stays private until someone deliberately lists it here.
import type { Prisma } from "@/lib/generated/prisma/client";

// Public means published and not deleted.
export const PUBLISHED = { visibility: "PUBLISHED", deletedAt: null } as const;

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
