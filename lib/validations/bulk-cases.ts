// The staff case table's bulk actions: which cases (each with the version the table showed, so a case changed
// since is refused as stale), and for a field change, the value and the one citation that supports it for each.
import { z } from "zod";
import { ZCaseFieldsSchema } from "./case";

/** At most this many cases per action: each is its own transaction, and a reviewer reads each request. */
export const BULK_CASE_LIMIT = 100;

/** A selected case as the table's checkbox sends it: "<case id>:<version shown>". */
const ZSelectedCaseSchema = z
  .string()
  .max(120, { error: "invalid" })
  .regex(/^[A-Za-z0-9_-]{1,100}:[1-9]\d{0,8}$/, { error: "invalid" })
  .transform((value) => {
    const [caseId, version] = value.split(":");
    return { caseId: caseId!, version: Number(version) };
  });

const ZSelectionSchema = z
  .array(ZSelectedCaseSchema)
  .min(1, { error: "noneSelected" })
  .max(BULK_CASE_LIMIT, { error: "tooManySelected" })
  .refine((cases) => new Set(cases.map((c) => c.caseId)).size === cases.length, { error: "invalid" });

export const ZBulkPublishSchema = z.object({ cases: ZSelectionSchema });
export type TBulkPublish = z.infer<typeof ZBulkPublishSchema>;

/** Only an existing source: a new one typed here would become one duplicate source per case. */
export const ZBulkCountrySchema = z.object({
  cases: ZSelectionSchema,
  countryCode: ZCaseFieldsSchema.shape.countryCode,
  sourceId: z.string().trim().min(1, { error: "sourceRequired" }).max(100, { error: "tooLong" }),
  quote: z.string().trim().min(1, { error: "required" }).max(5000, { error: "tooLong" }),
});
export type TBulkCountry = z.infer<typeof ZBulkCountrySchema>;
