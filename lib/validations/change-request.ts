// What a stored change request holds, one shape per kind. Every reader of a payload (the review, the review page's
// words and evidence) reads it through this schema, so a row of a kind this code does not know, or one whose
// payload is not that kind's (an old release's, a damaged one), is refused rather than half applied. The shapes
// check what the readers rely on and keep the rest as it was stored: the forms inside are validated again, in
// full, when the change is applied, and a field a later form adds still shows to the reviewer.
import { z } from "zod";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { RECORD_TYPES } from "@/lib/records/fields";

/** The public case columns, which a case edit of a published case proposes for review; the only ones it may change. */
export const PUBLIC_CASE_FIELDS = [
  "countryCode",
  "sentence",
  "facility",
  "summary",
  "arrestDate",
  "arrestPrecision",
  "convictionDate",
  "convictionPrecision",
  "releaseDate",
  "releasePrecision",
] as const;

/** A citation part of a form as it was submitted (or, from an import, an existing source and its quote). */
export const ZStoredCitationSchema = z.looseObject({
  sourceId: z.string().nullish(),
  newSourceTitle: z.string().nullish(),
  newSourcePublisher: z.string().nullish(),
  newSourceUrl: z.string().nullish(),
  quote: z.string().nullish(),
  locator: z.string().nullish(),
});
export type TStoredCitation = z.infer<typeof ZStoredCitationSchema>;

const ZUpdateCaseSchema = z.object({
  kind: z.literal("UPDATE_CASE"),
  payload: z.looseObject({
    /** Field -> [value before, proposed value], as JSON keeps them. */
    changes: z.partialRecord(z.enum(PUBLIC_CASE_FIELDS), z.tuple([z.unknown(), z.unknown()])),
    citation: ZStoredCitationSchema.nullish(),
  }),
});

const ZChangeStatusSchema = z.object({
  kind: z.literal("CHANGE_STATUS"),
  payload: z.looseObject({
    fromStatus: z.enum(CaseStatus),
    /** The status form as submitted; its version is the case's when it is applied. */
    form: z.looseObject({
      toStatus: z.enum(CaseStatus),
      citation: ZStoredCitationSchema,
      meetReleaseDemands: z.union([z.boolean(), z.string()]).optional(),
    }),
  }),
});

const ZPublishCaseSchema = z.object({
  kind: z.literal("PUBLISH_CASE"),
  payload: z.looseObject({ confirmUnknownConsent: z.boolean() }),
});

const ZUnpublishCaseSchema = z.object({
  kind: z.literal("UNPUBLISH_CASE"),
  payload: z.looseObject({ reason: z.string().nullable() }),
});

const ZRecordChangeSchema = z
  .object({
    kind: z.enum(["CREATE_RECORD", "UPDATE_RECORD", "DELETE_RECORD"]),
    payload: z.looseObject({
      /** The record form as submitted. */
      form: z.looseObject({
        type: z.enum(RECORD_TYPES),
        id: z.string().optional(),
        fields: z.record(z.string(), z.unknown()).optional(),
        citation: ZStoredCitationSchema.nullish(),
      }),
      remove: z.boolean(),
    }),
  })
  .refine((change) => (change.kind === "DELETE_RECORD") === change.payload.remove, {
    message: "A removal is filed as DELETE_RECORD, and only a removal is.",
  });

export const ZChangeProposalSchema = z.discriminatedUnion("kind", [
  ZUpdateCaseSchema,
  ZChangeStatusSchema,
  ZPublishCaseSchema,
  ZUnpublishCaseSchema,
  ZRecordChangeSchema,
]);
export type TChangeProposal = z.infer<typeof ZChangeProposalSchema>;
export type TRecordProposal = Extract<TChangeProposal, { kind: "CREATE_RECORD" | "UPDATE_RECORD" | "DELETE_RECORD" }>;

/** A stored request as its kind reads it, or null when it does not read as any kind this code knows. A record
 *  change must also be filed under the type its form names. */
export function readChangeProposal(change: {
  kind: string;
  entityType?: string | null;
  payload: unknown;
}): TChangeProposal | null {
  const parsed = ZChangeProposalSchema.safeParse({ kind: change.kind, payload: change.payload });
  if (!parsed.success) return null;
  const proposal = parsed.data;
  if (isRecordProposal(proposal) && change.entityType !== undefined && change.entityType !== proposal.payload.form.type)
    return null;
  return proposal;
}

export function isRecordProposal(proposal: TChangeProposal): proposal is TRecordProposal {
  return proposal.kind === "CREATE_RECORD" || proposal.kind === "UPDATE_RECORD" || proposal.kind === "DELETE_RECORD";
}
