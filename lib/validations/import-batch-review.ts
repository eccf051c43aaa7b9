// Approving or rejecting one import's pending changes as a whole: the fingerprint of what the reviewer's page
// showed, and for a rejection the reason its author will read.
import { z } from "zod";

export const ZImportBatchReviewSchema = z
  .object({
    batchId: z.string().min(1).max(100),
    decision: z.enum(["approve", "reject"]),
    seenHash: z.string().regex(/^[0-9a-f]{64}$/, { error: "required" }),
    reason: z
      .string()
      .trim()
      .max(2000, { error: "tooLong" })
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "reject" && !value.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
