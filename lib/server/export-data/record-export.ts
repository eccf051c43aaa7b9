// Audits that a member of staff generated an export, with its options. Exports read public data only; an
// anonymous export writes nothing, so visitors cannot fill the audit log (or the database) by downloading.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function recordExport(kind: string, options: Record<string, unknown>): Promise<void> {
  const user = await currentUser().catch(() => null);
  if (!user) return;
  await db.$transaction((tx) =>
    writeAudit(tx, {
      actorId: user.id,
      action: "EXPORT_GENERATED",
      entityType: "export",
      entityId: kind,
      meta: options,
    }),
  );
}
