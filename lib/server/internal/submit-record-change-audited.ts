// A record change in its own transaction, with a refused stale form audited after the rollback, as for a case.
// Saving and removing a record share it; `attempted` is what the audit row says the editor tried.
import { db } from "@/lib/db/client";
import type { RecordChange } from "./apply-record-change";
import { auditingRefusal, isStaleRefusal } from "./audit-refusal";
import { submitRecordChange } from "./submit-record-change";

export function submitRecordChangeAudited(change: RecordChange, raw: unknown, actorId: string, attempted: unknown) {
  return auditingRefusal(
    db,
    () => db.$transaction((tx) => submitRecordChange(tx, change, raw, actorId)),
    (error) =>
      isStaleRefusal(error) && change.id
        ? {
            actorId,
            action: "RECORD_UPDATE_CONFLICT",
            entityType: change.type,
            entityId: change.id,
            meta: { seen: change.seen ?? null, attempted },
          }
        : null,
  );
}
