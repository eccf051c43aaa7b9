// The audit trail of one record other than a case, newest first.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { RecordType } from "@/lib/records/fields";

export async function getRecordHistory(type: RecordType, id: string) {
  await requireUser();
  return db.auditLog.findMany({
    where: { entityType: type, entityId: id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      action: true,
      diff: true,
      meta: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
}
