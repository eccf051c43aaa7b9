// Creates or edits a person, alias, charge, demand, law, organisation, source or citation.
// A change the public would see waits for a second person's approval while four-eyes publishing is on.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { parseRecordInput } from "@/lib/records/schemas";
import { auditingRefusal, isStaleRefusal } from "../internal/audit-refusal";
import { submitRecordChange } from "../internal/submit-record-change";

export async function saveRecord(
  raw: unknown,
): Promise<{ id: string | null; pendingReview: boolean; quoteFound: boolean | null }> {
  const user = await requireUser();
  const change = parseRecordInput(raw);
  // A stale form is refused and the attempt audited, as for a case.
  return auditingRefusal(
    db,
    () => db.$transaction((tx) => submitRecordChange(tx, change, raw, user.id)),
    (error) =>
      isStaleRefusal(error) && change.id
        ? {
            actorId: user.id,
            action: "RECORD_UPDATE_CONFLICT",
            entityType: change.type,
            entityId: change.id,
            meta: { seen: change.seen ?? null, attempted: change.fields },
          }
        : null,
  );
}
