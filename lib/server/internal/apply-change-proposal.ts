// Applies an approved change request, read as its kind: a case edit, a status change, a publication or an
// unpublication of the locked case, or a record change. The forms inside are validated again, in full, here.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { parseRecordInput } from "@/lib/records/schemas";
import { ZCitationInputSchema, ZStatusChangeSchema, type TReview } from "@/lib/validations/case";
import {
  PUBLIC_CASE_FIELDS,
  type TChangeProposal,
  type TRecordProposal,
  type TStoredCitation,
} from "@/lib/validations/change-request";
import type { AuditDiff } from "@/lib/audit/write-audit";
import { applyCaseFields } from "./apply-case-fields";
import { applyPublish } from "./apply-publish";
import { applyRecordChange } from "./apply-record-change";
import { applyStatusChange } from "./apply-status-change";
import { applyUnpublish } from "./apply-unpublish";
import { comparable } from "./case-fields";
import { assertCaseFactsCited, citeCaseFacts } from "./cite-case-facts";
import type { LockedCase } from "./lock-case";
import { lockRecord } from "./lock-record";

type CaseProposal = Exclude<TChangeProposal, TRecordProposal>;

export const changedMeanwhile = () =>
  new AppError("CONFLICT", "The case has changed since this was submitted. Reject it and submit the change again.", {
    reason: "changedMeanwhile",
  });

/** An import cites a source it has already found, so it stores only the source and the quote, not the form's
 *  new-source part; that part is read as left blank. */
const citationForm = (stored: TStoredCitation) => ({
  newSourceTitle: "",
  newSourcePublisher: "",
  newSourceUrl: "",
  newSourceKind: "NEWS_ARTICLE",
  newSourcePublished: "",
  ...stored,
});

export async function applyCaseProposal(
  tx: Prisma.TransactionClient,
  changeId: string,
  proposal: CaseProposal,
  current: LockedCase,
  actorId: string,
  review: TReview,
): Promise<void> {
  switch (proposal.kind) {
    case "UPDATE_CASE": {
      const changes: AuditDiff = {};
      for (const field of PUBLIC_CASE_FIELDS) {
        const pair = proposal.payload.changes[field];
        if (!pair) continue;
        if (JSON.stringify(comparable(current[field])) !== JSON.stringify(pair[0])) throw changedMeanwhile();
        changes[field] = pair;
      }
      const stored = proposal.payload.citation;
      const citation = stored ? ZCitationInputSchema.parse(citationForm(stored)) : undefined;
      assertCaseFactsCited(changes, current, citation);
      const cited = await citeCaseFacts(tx, current.id, changes, current, citation, actorId);
      await applyCaseFields(tx, current, changes, actorId, {
        sourceId: cited.sourceId,
        quote: citation?.quote ?? null,
      });
      return;
    }
    case "CHANGE_STATUS": {
      if (current.status !== proposal.payload.fromStatus) throw changedMeanwhile();
      // The reviewer decides whether the release demands are met, when the review form offered it.
      const meet = review.releaseDemandsOffered ? { meetReleaseDemands: review.meetReleaseDemands } : {};
      const form = ZStatusChangeSchema.parse({ ...proposal.payload.form, version: current.version, ...meet });
      await applyStatusChange(tx, current, form, actorId);
      return;
    }
    case "PUBLISH_CASE":
      if (current.visibility === "PUBLISHED") throw changedMeanwhile();
      await applyPublish(tx, current, proposal.payload.confirmUnknownConsent, actorId);
      return;
    case "UNPUBLISH_CASE":
      await applyUnpublish(tx, current, actorId, {
        action: "CASE_DELETED",
        reason: proposal.payload.reason,
        changeId,
      });
      return;
  }
}

/** A record edited after the change was submitted is locked and found newer than the form: the change is refused. */
export async function applyRecordProposal(
  tx: Prisma.TransactionClient,
  proposal: TRecordProposal,
  actorId: string,
): Promise<void> {
  const remove = proposal.payload.remove;
  const record = { ...parseRecordInput(proposal.payload.form, remove), remove };
  const current = record.id
    ? await lockRecord(tx, record.type, record.id, record.seen).catch((error: unknown) => {
        throw error instanceof AppError && error.details?.reason === "staleVersion" ? changedMeanwhile() : error;
      })
    : null;
  await applyRecordChange(tx, record, current, actorId);
}
