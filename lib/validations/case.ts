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

export const ZCaseUpdateSchema = ZCaseFieldsSchema.extend({ caseId: z.string().min(1), version: ZVersionSchema });
export type TCaseUpdate = z.infer<typeof ZCaseUpdateSchema>;

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
    if (!value.sourceId && !value.newSourceTitle) ctx.addIssue({ code: "custom", path: ["sourceId"], message: "sourceRequired" });
  });
export type TCitationInput = z.infer<typeof ZCitationInputSchema>;

export const ZStatusChangeSchema = z.object({
  caseId: z.string().min(1),
  version: ZVersionSchema,
  toStatus: z.enum(CaseStatus, { error: "invalid" }),
  when: ZPartialDateSchema,
  note: optionalText(2000),
  citation: ZCitationInputSchema,
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

/** Names one case, for deleting or restoring it. */
export const ZCaseIdSchema = z.object({ caseId: z.string().min(1).max(100) });

export const ZReviewSchema = z.object({ changeId: z.string().min(1), decision: z.enum(["approve", "reject"]) });
