// The exchange format between Habeas instances, version 1: published cases with everything their public pages
// show (person, aliases, identifiers, status history, charges, demands, facts) and every citation with its quote
// and source. It is defined once, here: the export is typed by it, the import parses with it, and
// /api/v1/exchange.schema.json is generated from it. Nothing confidential has a field in it.
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
  SourceKind,
} from "@/lib/generated/prisma/enums";
import { parsePartialDate } from "@/lib/validations/partial-date";
import { ZWebUrlSchema } from "@/lib/validations/web-url";

export const EXCHANGE_FORMAT = "habeas-exchange";
/** Raised whenever a field is added, removed or changes meaning: an importer refuses fields it does not know. */
export const EXCHANGE_VERSION = 1;

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

export const ZExchangeCaseSchema = z
  .object({
    url: ZWebUrlSchema.meta({ description: "The case's public page on the exporting instance." }),
    person: ZExchangePersonSchema,
    country: z.object({ code: z.string().regex(/^[A-Z]{2}$/), name: nonEmpty(200) }).strict(),
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
  })
  .strict()
  .refine((c) => c.statusEvents.at(-1)?.toStatus === c.status, {
    path: ["status"],
    message: "The case's status must be the last status event's.",
  });

export type TExchangeCase = z.infer<typeof ZExchangeCaseSchema>;
export type TExchangeSource = z.infer<typeof ZExchangeSourceSchema>;
export type TExchangeCitation = z.infer<typeof ZExchangeCitationSchema>;
export type TExchangeDate = z.infer<typeof ZExchangeDateSchema>;

const envelope = {
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  instance: ZWebUrlSchema.meta({ description: "The exporting instance's public address (its SITE_URL)." }),
  exportedAt: z.iso.datetime(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .meta({ description: "The country exported, or null for every country." }),
  sources: z.array(ZExchangeSourceSchema).max(100_000),
};

/** The whole file. The id makes it a component of the OpenAPI document too. */
export const ZExchangeFileSchema = z
  .object({ ...envelope, cases: z.array(ZExchangeCaseSchema).max(10_000) })
  .strict()
  .meta({ id: "ExchangeFile", title: "Habeas exchange file, version 1" });

export type TExchangeFile = z.infer<typeof ZExchangeFileSchema>;

/** The file with its cases left unread, so that each case can be checked on its own and reported by position. */
export const ZExchangeEnvelopeSchema = z.object({ ...envelope, cases: z.array(z.unknown()).max(10_000) }).strict();
