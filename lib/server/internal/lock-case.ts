// Reads a case for writing, holding its row lock until the transaction ends, and refuses a form made from an older
// version of it (see lock-row.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { WITH_CONFIDENTIAL_CASE } from "@/lib/db/confidential-columns";
import { AppError } from "@/lib/errors";
import { lockRow, refuseIfStale } from "./lock-row";
import { staleVersionError } from "./stale-version";

/** seenVersion: the version the editor's form was made from; omitted where the write does not depend on one. */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string, seenVersion?: number) {
  if (!(await lockRow(tx, "case", caseId))) throw new AppError("NOT_FOUND", "This case does not exist.");
  const row = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    omit: WITH_CONFIDENTIAL_CASE,
  });
  if (row.deletedAt) throw new AppError("NOT_FOUND", "This case has been deleted.");
  await refuseIfStale(seenVersion, row.version, () => staleVersionError(tx, row.id, seenVersion ?? row.version));
  return row;
}

export type LockedCase = Awaited<ReturnType<typeof lockCase>>;
