"use server";
// The form action for reviewing an import as a whole: one slice of its pending changes per call.
import { reviewImportBatch } from "@/lib/server/changes/review-import-batch";
import { ZImportBatchReviewSchema } from "@/lib/validations/import-batch-review";
import { refreshPublicPages } from "../refresh-public-pages";
import { runFormAction } from "../run-form-action";

export async function reviewImportBatchAction(_prev: unknown, form: FormData) {
  return runFormAction("staff", form, ZImportBatchReviewSchema, async (input) => {
    const outcome = await reviewImportBatch(input);
    if (outcome.approved > 0) refreshPublicPages();
    return outcome;
  });
}
