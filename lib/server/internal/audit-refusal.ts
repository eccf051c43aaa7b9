// A refused write rolls its whole transaction back, so its audit row cannot go there. The refusals the audit log
// must still show (a stale save, an unreadable change request) are written after it, in a transaction of their own.
import { writeAudit, type AuditEntry } from "@/lib/audit/write-audit";
import type { Db } from "@/lib/db/create-client";
import { AppError } from "@/lib/errors";

/** Runs `work`; when it throws an AppError for which `refusal` gives an audit entry, writes that entry, then
 *  throws the error on. */
export async function auditingRefusal<T>(
  client: Pick<Db, "$transaction">,
  work: () => Promise<T>,
  refusal: (error: AppError) => AuditEntry | null,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const entry = error instanceof AppError ? refusal(error) : null;
    if (entry) await client.$transaction((tx) => writeAudit(tx, entry));
    throw error;
  }
}

export const isStaleRefusal = (error: AppError) => error.details?.reason === "staleVersion";
