// The audit trail of one record other than a case, newest first.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { withAuditNames } from "@/lib/audit/audit-names";
import { db } from "@/lib/db/client";
import type { RecordType } from "@/lib/records/fields";

export async function getRecordHistory(type: RecordType, id: string) {
  await requireUser();
  const rows = await db.auditLog.findMany({
    where: { entityType: type, entityId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      action: true,
      diff: true,
      meta: true,
      createdAt: true,
      entityType: true,
      entityId: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return withAuditNames(db, rows);
}
