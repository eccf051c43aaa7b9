// Imports with changes waiting for review, one line each, so that a spreadsheet of hundreds of rows is one entry
// on the review page rather than hundreds (its rows are reviewed on the import's own page).
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeKind } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { importBatchFingerprint, pendingImportChanges } from "../internal/pending-import-changes";

export type PendingImport = {
  id: string;
  format: string;
  fileName: string;
  createdAt: Date;
  createdBy: { id: string; name: string };
  pending: number;
  byKind: { kind: ChangeKind; count: number }[];
};

const batchSelect = {
  id: true,
  format: true,
  fileName: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} as const;

async function pendingByKind(tx: Prisma.TransactionClient, batchIds: string[]) {
  const rows = await tx.changeRequest.groupBy({
    by: ["importBatchId", "kind"],
    where: { importBatchId: { in: batchIds }, state: "PENDING" },
    _count: { _all: true },
  });
  return rows.map((r) => ({ batchId: r.importBatchId!, kind: r.kind, count: r._count._all }));
}

export async function listPendingImports(): Promise<PendingImport[]> {
  await requireUser();
  return db.$transaction(async (tx) => {
    const batches = await tx.importBatch.findMany({
      where: { changes: { some: { state: "PENDING" } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: batchSelect,
    });
    const counts = await pendingByKind(
      tx,
      batches.map((b) => b.id),
    );
    return batches.map((b) => {
      const byKind = counts.filter((c) => c.batchId === b.id).map(({ kind, count }) => ({ kind, count }));
      return { ...b, pending: byKind.reduce((sum, k) => sum + k.count, 0), byKind };
    });
  });
}

/** One import as its review page shows it, with the fingerprint that approving or rejecting it as a whole names. */
export async function getPendingImport(batchId: string): Promise<PendingImport & { seenHash: string }> {
  await requireUser();
  return db.$transaction(async (tx) => {
    const batch = await tx.importBatch.findUnique({ where: { id: batchId }, select: batchSelect });
    if (!batch) throw new AppError("NOT_FOUND", "This import does not exist.");
    const changes = await pendingImportChanges(tx, batchId);
    const byKind = (await pendingByKind(tx, [batchId])).map(({ kind, count }) => ({ kind, count }));
    return { ...batch, pending: changes.length, byKind, seenHash: importBatchFingerprint(changes) };
  });
}
