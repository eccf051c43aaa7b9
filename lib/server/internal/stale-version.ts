// Builds the "someone saved first" errors: for a case, what changed since the version the editor started from; for
// a record, that it changed.
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function staleVersionError(
  tx: Prisma.TransactionClient,
  caseId: string,
  seenVersion: number,
): Promise<AppError> {
  const entries = await tx.auditLog.findMany({
    where: { entityType: "case", entityId: caseId, meta: { path: ["version"], gt: seenVersion } },
    orderBy: { createdAt: "asc" },
    select: { action: true, diff: true, createdAt: true, actor: { select: { name: true } } },
  });
  return new AppError("CONFLICT", "Someone else saved this case after you opened it. Nothing was overwritten.", {
    reason: "staleVersion",
    meanwhile: entries.map((e) => ({
      action: e.action,
      by: e.actor?.name ?? null,
      at: e.createdAt.toISOString(),
      fields: e.diff && typeof e.diff === "object" && !Array.isArray(e.diff) ? Object.keys(e.diff) : [],
    })),
  });
}

export function staleRecordError(): AppError {
  return new AppError("CONFLICT", "Someone else saved this record after you opened it. Nothing was overwritten.", {
    reason: "staleVersion",
  });
}
