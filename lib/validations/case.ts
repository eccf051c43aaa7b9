// The editors' case forms. Error messages are message keys, translated where they are shown.
import { z } from "zod";
import { CaseStatus, ConsentStatus, PersonRole, SourceKind } from "@/lib/generated/prisma/enums";
import { ZPartialDateSchema } from "./partial-date";
import { ZWebUrlSchema } from "./web-url";

const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });
const optionalText = (max: number) => text(max).transform((s) => (s === "" ? null : s));
const required = (max: number) => text(max).min(1, { error: "required" });

export const ZVersionSchema = z.coerce.number({ error: "invalid" }).int().min(1);

export const ZCaseFieldsSchema = z.object({
  countryCode: z.string().regex(/^[A-Z]{2}$/, { error: "invalidCountry" }),
  sentence: optionalText(500),
  facility: optionalText(500),
  summary: optionalText(5000),
  arrest: ZPartialDateSchema,
  conviction: ZPartialDateSchema,
  release: ZPartialDateSchema,
  internalNotes: optionalText(10_000),
  contactDetails: optionalText(5000),
  familyDetails: optionalText(5000),
  riskNote: optionalText(5000),
  consentStatus: z.enum(ConsentStatus, { error: "invalid" }),
});

/** A new source, or an existing one by id, with the passage that supports the claim. */
export const ZCitationInputSchema = z
  .object({
    sourceId: optionalText(100),
    newSourceTitle: optionalText(500),
    newSourcePublisher: optionalText(300),
    newSourceUrl: z.union([z.literal(""), ZWebUrlSchema]).transform((s) => (s === "" ? null : s)),
    newSourceKind: z.enum(SourceKind, { error: "invalid" }),
    newSourcePublished: ZPartialDateSchema,
    quote: required(5000),
  })
  .superRefine((value, ctx) => {
    if (!value.sourceId && !value.newSourceTitle)
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: "sourceRequired" });
  });
export type TCitationInput = z.infer<typeof ZCitationInputSchema>;

/** A form's source and quote when the editor filled them in; a left-blank citation part is no citation. */
export const ZOptionalCitationSchema = z.preprocess((value) => {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Record<string, unknown>;
  const blank = (key: string) => typeof v[key] !== "string" || (v[key] as string).trim() === "";
  return blank("sourceId") && blank("newSourceTitle") && blank("quote") ? undefined : value;
}, ZCitationInputSchema.optional());

/** A checkbox as a form sends it ("on" or absent), or a boolean from JSON. */
export const ZCheckboxSchema = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** The case form. A change to a public fact must carry the source and quote that support the new value. */
export const ZCaseUpdateSchema = ZCaseFieldsSchema.extend({
  caseId: z.string().min(1),
  version: ZVersionSchema,
  citation: ZOptionalCitationSchema,
});
export type TCaseUpdate = z.infer<typeof ZCaseUpdateSchema>;

export const ZStatusChangeSchema = z.object({
  caseId: z.string().min(1),
  version: ZVersionSchema,
  toStatus: z.enum(CaseStatus, { error: "invalid" }),
  when: ZPartialDateSchema,
  note: optionalText(2000),
  citation: ZCitationInputSchema,
  /** For a release, pardon or acquittal: also mark the case's open demands for release as met, citing the same source. */
  meetReleaseDemands: ZCheckboxSchema.default(false),
});
export type TStatusChange = z.infer<typeof ZStatusChangeSchema>;

export const ZCaseCreateSchema = z.object({
  fullName: required(200),
  roles: z.array(z.enum(PersonRole, { error: "invalid" })).min(1, { error: "required" }),
  countryCode: ZCaseFieldsSchema.shape.countryCode,
  status: z.enum(CaseStatus, { error: "invalid" }),
  when: ZPartialDateSchema,
  note: optionalText(2000),
  citation: ZCitationInputSchema,
});
export type TCaseCreate = z.infer<typeof ZCaseCreateSchema>;

export const ZPublishSchema = z.object({
  caseId: z.string().min(1),
  version: ZVersionSchema,
  confirmUnknownConsent: z.boolean().default(false),
});

/** An approval names the version the reviewer saw; a rejection says why, for the proposer. One flat object, so the
 *  form's field names are the schema's keys. */
export const ZReviewSchema = z
  .object({
    changeId: z.string().min(1).max(100),
    decision: z.enum(["approve", "reject"]),
    seenHash: z.string().max(64).optional(),
    reason: optionalText(2000)
      .optional()
      .transform((v) => v ?? null),
    /** Set when the review form offered to mark the release demands as met; then meetReleaseDemands is the reviewer's choice. */
    releaseDemandsOffered: ZCheckboxSchema.default(false),
    meetReleaseDemands: ZCheckboxSchema.default(false),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "approve" && !/^[0-9a-f]{64}$/.test(value.seenHash ?? ""))
      ctx.addIssue({ code: "custom", path: ["seenHash"], message: "required" });
    if (value.decision === "reject" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export type TReview = z.infer<typeof ZReviewSchema>;

/** Deleting a case; on a published case with four-eyes on it becomes a request to unpublish, and the reason
 *  helps the reviewer. */
export const ZDeleteCaseSchema = z.object({
  caseId: z.string().min(1).max(100),
  reason: optionalText(2000)
    .optional()
    .transform((v) => v ?? null),
});

/** An admin's emergency takedown: at once, with a reason that goes on the record. */
export const ZTakedownSchema = z.object({ caseId: z.string().min(1).max(100), reason: required(2000) });

/** Names one case, for restoring it. */
export const ZCaseIdSchema = z.object({ caseId: z.string().min(1).max(100) });
