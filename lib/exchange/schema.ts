// The exchange format between Habeas instances, version 2: published cases with everything their public pages
// show (person, aliases, identifiers, status history, charges, demands, facts, stays in places of detention), the
// places those stays name, and every citation with its quote and source. It is defined once, here: the export is
// typed by it, the import parses with it, and /api/v1/exchange.schema.json is generated from it. Nothing
// confidential has a field in it. Version 1 (no places, no stays) is still read, as the same cases without stays.
import { z } from "zod";
import {
  AliasKind,
  AliasOrigin,
  CaseStatus,
  DatePrecision,
  DemandKind,
  DemandStatus,
  ExternalIdScheme,
  Gender,
  NameScript,
  PersonRole,
  PlaceKind,
  SourceKind,
} from "@/lib/generated/prisma/enums";
import { parsePartialDate } from "@/lib/validations/partial-date";
import { ZWebUrlSchema } from "@/lib/validations/web-url";

export const EXCHANGE_FORMAT = "habeas-exchange";
/** Raised whenever a field is added, removed or changes meaning: an importer refuses fields it does not know. */
export const EXCHANGE_VERSION = 2;
/** Every version this Habeas still reads; an older file is read as the current version without what it lacks. */
export const EXCHANGE_VERSIONS_READ = [1, 2] as const;

const text = (max: number) => z.string().max(max);
const nonEmpty = (max: number) => z.string().trim().min(1).max(max);
/** A source or record key inside the file: the exporting instance's id. */
const ZKey = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);

const DATE_SHAPE: Record<Exclude<DatePrecision, "UNKNOWN">, RegExp> = {
  YEAR: /^\d{4}$/,
  MONTH: /^\d{4}-\d{2}$/,
  DAY: /^\d{4}-\d{2}-\d{2}$/,
};

/** A date as precisely as the source gives it: "2024", "2024-11" or "2024-11-03", or null with UNKNOWN. */
export const ZExchangeDateSchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .nullable(),
    precision: z.enum(DatePrecision),
  })
  .refine(
    ({ date, precision }) =>
      precision === "UNKNOWN"
        ? date === null
        : date !== null && DATE_SHAPE[precision].test(date) && parsePartialDate(date) !== null,
    {
      message:
        "The date must have the shape its precision says (YYYY, YYYY-MM or YYYY-MM-DD), and not be in the future.",
    },
  )
  .meta({ description: "A partial date: null with UNKNOWN, else YYYY (YEAR), YYYY-MM (MONTH) or YYYY-MM-DD (DAY)." });

export const ZExchangeCitationSchema = z
  .object({
    source: ZKey.meta({ description: "The id of an entry in `sources`." }),
    quote: nonEmpty(5000).meta({ description: "The supporting passage, verbatim." }),
    claim: nonEmpty(200).meta({ description: 'Which fact the passage supports, e.g. "status", "roles", "sentence".' }),
    locator: text(200).nullable(),
    quotedSource: ZKey.nullable().meta({ description: "When the passage quotes another document: its `sources` id." }),
  })
  .strict();

const citations = z.array(ZExchangeCitationSchema).max(500);

export const ZExchangeSourceSchema = z
  .object({
    id: ZKey,
    title: nonEmpty(500),
    publisher: text(300).nullable(),
    authors: z.array(nonEmpty(300)).max(100),
    published: ZExchangeDateSchema,
    url: ZWebUrlSchema.nullable(),
    kind: z.enum(SourceKind),
  })
  .strict();

const ZCountry = z.object({ code: z.string().regex(/^[A-Z]{2}$/), name: nonEmpty(200) }).strict();

/** A place of detention, once per file however many stays name it. All its fields are public, as on its page. */
export const ZExchangePlaceSchema = z
  .object({
    id: ZKey.meta({ description: "The place's key inside the file; stays name it. Not used to match places." }),
    name: nonEmpty(300).meta({ description: "The name as the source gives it." }),
    kind: z.enum(PlaceKind),
    country: ZCountry,
    region: text(200).nullable(),
    addressLocal: text(1000).nullable().meta({ description: "The postal address in the local script." }),
    addressLatin: text(1000).nullable().meta({ description: "The postal address in Latin letters." }),
    letterRules: text(5000).nullable().meta({ description: "Rules for writing to people held there." }),
    letterNeedsBirthYear: z.boolean(),
    notes: text(5000).nullable(),
    names: z
      .array(z.object({ name: nonEmpty(300), script: z.enum(NameScript) }).strict())
      .max(100)
      .meta({ description: "Other names and spellings, each in its script." }),
    citations: citations.meta({
      description:
        'Claims "name", "kind", "country", "region", "address", "letterRules", "notes" and "name: <other name>".',
    }),
  })
  .strict();

export const ZExchangeStaySchema = z
  .object({
    place: ZKey.meta({ description: "The `id` of an entry in `places`." }),
    since: ZExchangeDateSchema.meta({
      description: "Since when the person is held there; it lasts until the next stay.",
    }),
    note: text(1000).nullable(),
    citations,
  })
  .strict();

export const ZExchangePersonSchema = z
  .object({
    slug: nonEmpty(200),
    fullName: nonEmpty(200),
    isUnnamed: z.boolean(),
    gender: z.enum(Gender).nullable(),
    birthYear: z.int().min(1850).max(2100).nullable(),
    roles: z.array(z.enum(PersonRole)).min(1).max(20),
    biography: text(20_000).nullable(),
    aliases: z
      .array(
        z
          .object({
            name: nonEmpty(200),
            script: z.enum(NameScript),
            kind: z.enum(AliasKind),
            origin: z.enum(AliasOrigin),
          })
          .strict(),
      )
      .max(100),
    identifiers: z
      .array(
        z.object({ scheme: z.enum(ExternalIdScheme), value: nonEmpty(200), url: ZWebUrlSchema.nullable() }).strict(),
      )
      .max(50),
    citations,
  })
  .strict();

const caseFields = z
  .object({
    url: ZWebUrlSchema.meta({ description: "The case's public page on the exporting instance." }),
    person: ZExchangePersonSchema,
    country: ZCountry,
    status: z.enum(CaseStatus),
    statusSince: ZExchangeDateSchema,
    arrest: ZExchangeDateSchema,
    conviction: ZExchangeDateSchema,
    release: ZExchangeDateSchema,
    sentence: text(500).nullable(),
    facility: text(500).nullable(),
    summary: text(5000).nullable(),
    citations,
    statusEvents: z
      .array(
        z
          .object({
            fromStatus: z.enum(CaseStatus).nullable(),
            toStatus: z.enum(CaseStatus),
            since: ZExchangeDateSchema,
            note: text(2000).nullable(),
            citations,
          })
          .strict(),
      )
      .min(1)
      .max(500)
      .meta({ description: "The status history, oldest first; the last event's status is the case's status." }),
    charges: z
      .array(z.object({ article: text(200).nullable(), description: nonEmpty(500), citations }).strict())
      .max(200),
    demands: z
      .array(
        z
          .object({
            kind: z.enum(DemandKind),
            description: nonEmpty(2000),
            targetAuthority: nonEmpty(500),
            status: z.enum(DemandStatus),
            citations,
          })
          .strict(),
      )
      .max(200),
    facts: z.array(z.object({ text: nonEmpty(2000), citations }).strict()).max(200),
    stays: z
      .array(ZExchangeStaySchema)
      .max(200)
      .meta({ description: "Where the person has been held, oldest first; the last is the current place." }),
  })
  .strict();

const lastEventIsStatus = (c: { status: string; statusEvents: { toStatus: string }[] }) =>
  c.statusEvents.at(-1)?.toStatus === c.status;
const LAST_EVENT_ERROR = { path: ["status"], message: "The case's status must be the last status event's." };

export const ZExchangeCaseSchema = caseFields.refine(lastEventIsStatus, LAST_EVENT_ERROR);

/** A case of a version 1 file: the same fields but stays (which are refused there), read as having none. */
export const ZExchangeCaseV1Schema = caseFields
  .omit({ stays: true })
  .strict()
  .refine(lastEventIsStatus, LAST_EVENT_ERROR)
  .transform((c): TExchangeCase => ({ ...c, stays: [] }));

export type TExchangeCase = z.infer<typeof ZExchangeCaseSchema>;
export type TExchangePlace = z.infer<typeof ZExchangePlaceSchema>;
export type TExchangeSource = z.infer<typeof ZExchangeSourceSchema>;
export type TExchangeCitation = z.infer<typeof ZExchangeCitationSchema>;
export type TExchangeDate = z.infer<typeof ZExchangeDateSchema>;

const envelopeV1 = {
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(1),
  instance: ZWebUrlSchema.meta({ description: "The exporting instance's public address (its SITE_URL)." }),
  exportedAt: z.iso.datetime(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .meta({ description: "The country exported, or null for every country." }),
  sources: z.array(ZExchangeSourceSchema).max(100_000),
};

const envelope = {
  ...envelopeV1,
  version: z.literal(EXCHANGE_VERSION),
  places: z
    .array(ZExchangePlaceSchema)
    .max(100_000)
    .meta({ description: "The places of detention the cases' stays name, each once." }),
};

/** The whole file. The id makes it a component of the OpenAPI document too. */
export const ZExchangeFileSchema = z
  .object({ ...envelope, cases: z.array(ZExchangeCaseSchema).max(10_000) })
  .strict()
  .meta({ id: "ExchangeFile", title: `Habeas exchange file, version ${EXCHANGE_VERSION}` });

export type TExchangeFile = z.infer<typeof ZExchangeFileSchema>;

const unreadCases = z.array(z.unknown()).max(10_000);

/** The file with its cases left unread, so that each case can be checked on its own and reported by position. */
export const ZExchangeEnvelopeSchema = z.object({ ...envelope, cases: unreadCases }).strict();

/** A version 1 file's envelope, read as the current one with no places. */
export const ZExchangeEnvelopeV1Schema = z
  .object({ ...envelopeV1, cases: unreadCases })
  .strict()
  .transform((file) => ({ ...file, version: EXCHANGE_VERSION, places: [] as TExchangePlace[] }));
