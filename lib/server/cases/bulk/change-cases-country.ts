// Sets the country of the selected cases, each through updateCase exactly as its edit form would: the case's own
// values with only the country changed, and the one source and quote the editor gave, cited for each case. On a
// published case with four-eyes on that is one change request per case, which a second editor reviews like any.
//
// The country is the one field offered: it is a single value, and one passage can honestly name where several
// people are held. A status is an event with its own date in each person's history, so it is changed case by case.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit/write-audit";
import { caseFormValues } from "@/lib/cases/case-form-values";
import { db } from "@/lib/db/client";
import { WITH_CONFIDENTIAL_CASE } from "@/lib/db/confidential-columns";
import { AppError } from "@/lib/errors";
import { ZBulkCountrySchema } from "@/lib/validations/bulk-cases";
import { ZCaseUpdateSchema } from "@/lib/validations/case";
import { changedFields, splitCaseFields } from "../../internal/case-fields";
import { staleVersionError } from "../../internal/stale-version";
import { updateCase } from "../update-case";
import { runPerCase, type BulkCaseOutcome } from "../../internal/run-per-case";

export async function changeCasesCountry(raw: unknown): Promise<BulkCaseOutcome[]> {
  const user = await requireUser();
  const input = ZBulkCountrySchema.parse(raw);
  const citation = {
    sourceId: input.sourceId,
    newSourceTitle: "",
    newSourcePublisher: "",
    newSourceUrl: "",
    newSourceKind: "NEWS_ARTICLE",
    newSourcePublished: "",
    quote: input.quote,
  };
  return runPerCase(input.cases, async ({ caseId, version }) => {
    const current = await db.case.findUnique({ where: { id: caseId }, omit: WITH_CONFIDENTIAL_CASE });
    if (!current || current.deletedAt) throw new AppError("NOT_FOUND", "This case does not exist.");
    if (current.version !== version) {
      // Refused here rather than by updateCase, whose refusal would copy the confidential fields into the audit row.
      throw await db.$transaction(async (tx) => {
        await writeAudit(tx, {
          actorId: user.id,
          action: "CASE_UPDATE_CONFLICT",
          entityType: "case",
          entityId: caseId,
          meta: { seenVersion: version, attempted: { countryCode: input.countryCode }, bulk: true },
        });
        return staleVersionError(tx, caseId, version);
      });
    }
    if (current.countryCode === input.countryCode) return { outcome: "unchanged" };
    const form = { ...caseFormValues(current), version, countryCode: input.countryCode, citation };
    // The form must change the country and nothing else; a value that does not read back as stored is not sent.
    const { publicFields, staffFields } = splitCaseFields(ZCaseUpdateSchema.parse(form));
    const changed = Object.keys(changedFields(current, { ...publicFields, ...staffFields }));
    if (changed.some((field) => field !== "countryCode"))
      throw new AppError("CONFLICT", "Change this case's country from its own page.", { reason: "bulkNotClean" });
    const saved = await updateCase(form);
    return { outcome: saved.pendingReview ? "submitted" : "applied" };
  });
}
