// Audits that an export was generated, by whom if signed in, with its options. Exports read public data only.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function recordExport(kind: string, options: Record<string, unknown>): Promise<void> {
  const user = await currentUser().catch(() => null);
  await db.$transaction((tx) => writeAudit(tx, { actorId: user?.id ?? null, action: "EXPORT_GENERATED", entityType: "export", entityId: kind, meta: options }));
}
