// Submits the selected cases for publication, each through publishCase exactly as its own page would: with
// four-eyes on, one change request per case for a second editor. An unknown consent is never confirmed in bulk,
// so such a case is refused and must be published from its own page, where the editor confirms it for that person.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { ZBulkPublishSchema } from "@/lib/validations/bulk-cases";
import { publishCase } from "../publish-case";
import { runPerCase, type BulkCaseOutcome } from "../../internal/run-per-case";

export async function publishCases(raw: unknown): Promise<BulkCaseOutcome[]> {
  await requireUser();
  const input = ZBulkPublishSchema.parse(raw);
  return runPerCase(input.cases, async ({ caseId, version }) => {
    const { pendingReview } = await publishCase({ caseId, version, confirmUnknownConsent: false });
    return { outcome: pendingReview ? "submitted" : "applied" };
  });
}

export type { BulkCaseOutcome };
