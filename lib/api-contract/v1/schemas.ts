// The public API's contract. Field names here are stable: add fields, never rename or remove them.
// The OpenAPI document is generated from these schemas.
import { z } from "zod";
import {
  AliasKind,
  AliasOrigin,
  CaseStatus,
  ExternalIdScheme,
  DatePrecision,
  DemandKind,
  DemandStatus,
  LawStatus,
  NameScript,
  PlaceKind,
  PersonRole,
  SourceKind,
} from "@/lib/generated/prisma/enums";

export const ZApiPartialDate = z
  .object({
    date: z
      .string()
      .nullable()
      .meta({ description: "ISO date cut to its precision: YYYY, YYYY-MM or YYYY-MM-DD; null when not known." }),
    precision: z.enum(DatePrecision),
  })
  .meta({ id: "PartialDate" });

export const ZApiCitation = z
  .object({
    quote: z.string(),
    claim: z.string(),
    locator: z.string().nullable(),
    sourceId: z.string(),
    sourceTitle: z.string(),
    quotedSourceId: z.string().nullable(),
  })
  .meta({ id: "Citation" });

export const ZApiCaseSummary = z
  .object({
    slug: z.string(),
    name: z.string().meta({ description: "As the source spells it." }),
    isUnnamed: z.boolean(),
    roles: z.array(z.enum(PersonRole)),
    country: z.object({ code: z.string(), name: z.string() }),
    status: z.enum(CaseStatus),
    statusSince: ZApiPartialDate,
    /** Where the person is held now; the case detail gives its address and sources. */
    currentPlace: z.object({ slug: z.string(), name: z.string(), url: z.string() }).nullable(),
    url: z.string(),
  })
  .meta({ id: "CaseSummary" });

export const ZApiCaseList = z
  .object({ data: z.array(ZApiCaseSummary), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: "CaseList" });

export const ZApiDemand = z
  .object({
    id: z.string(),
    kind: z.enum(DemandKind),
    description: z.string(),
    targetAuthority: z.string(),
    status: z.enum(DemandStatus),
    caseSlug: z.string().nullable(),
    countryCode: z.string().nullable(),
    lawId: z.string().nullable(),
    citations: z.array(ZApiCitation),
  })
  .meta({ id: "Demand" });

export const ZApiCase = ZApiCaseSummary.extend({
  aliases: z.array(
    z.object({ name: z.string(), script: z.enum(NameScript), kind: z.enum(AliasKind), origin: z.enum(AliasOrigin) }),
  ),
  biography: z.string().nullable(),
  identifiers: z.array(z.object({ scheme: z.enum(ExternalIdScheme), value: z.string(), url: z.string().nullable() })),
  arrest: ZApiPartialDate,
  conviction: ZApiPartialDate,
  release: ZApiPartialDate,
  sentence: z.string().nullable(),
  facility: z.string().nullable(),
  /** Where the person is held now (their newest stay, while detained); null when no stay is recorded. The address
   *  is null when no source gives it, and also when Habeas does not offer letters to this person. */
  currentPlace: z
    .object({
      slug: z.string(),
      name: z.string(),
      kind: z.enum(PlaceKind),
      countryCode: z.string(),
      region: z.string().nullable(),
      addressLocal: z.string().nullable(),
      addressLatin: z.string().nullable(),
      since: ZApiPartialDate,
      url: z.string(),
      citations: z.array(ZApiCitation),
    })
    .nullable(),
  charges: z.array(
    z.object({ description: z.string(), article: z.string().nullable(), citations: z.array(ZApiCitation) }),
  ),
  timeline: z.array(
    z.object({
      fromStatus: z.enum(CaseStatus).nullable(),
      toStatus: z.enum(CaseStatus),
      date: ZApiPartialDate,
      note: z.string().nullable(),
      citations: z.array(ZApiCitation),
    }),
  ),
  demands: z.array(ZApiDemand),
  citations: z.array(ZApiCitation),
}).meta({ id: "Case" });

export const ZApiCountry = z
  .object({ code: z.string(), name: z.string(), publishedCases: z.number().int(), laws: z.number().int() })
  .meta({ id: "Country" });

export const ZApiSource = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    authors: z.array(z.string()),
    published: ZApiPartialDate,
    url: z.string().nullable(),
    kind: z.enum(SourceKind),
  })
  .meta({ id: "Source" });

export const ZApiLaw = z
  .object({
    id: z.string(),
    countryCode: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    status: z.enum(LawStatus),
    citations: z.array(ZApiCitation),
  })
  .meta({ id: "Law" });

export const ZApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).meta({ id: "Error" });

const limit = z.coerce.number().int().min(1).max(100).default(50).meta({ description: "Items per page, 1 to 100." });
const cursor = z
  .string()
  .max(200)
  .optional()
  .meta({ description: "Opaque cursor from the previous page's nextCursor." });

export const ZApiCaseQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional()
    .meta({ description: "ISO 3166-1 alpha-2 country code." }),
  status: z.enum(CaseStatus).optional(),
  role: z.enum(PersonRole).optional(),
  q: z.string().min(1).max(200).optional().meta({ description: "Text in the name or an alias." }),
  sort: z.enum(["name", "country", "role", "status", "since"]).default("name"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  limit,
  cursor,
});

export const ZApiPageQuery = z.object({ limit, cursor });
export const ZApiCountryFilterQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
  limit,
  cursor,
});

const page = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), total: z.number().int(), nextCursor: z.string().nullable() }).meta({ id });

export const ZApiSourceList = page(ZApiSource, "SourceList");
export const ZApiDemandList = page(ZApiDemand, "DemandList");
export const ZApiLawList = page(ZApiLaw, "LawList");
export const ZApiCountryList = z.object({ data: z.array(ZApiCountry) }).meta({ id: "CountryList" });
