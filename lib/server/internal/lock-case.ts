// Reads a case for writing, holding its row lock until the transaction ends.
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

export async function lockCase(tx: Prisma.TransactionClient, caseId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "case" WHERE id = ${caseId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "This case does not exist.");
  const row = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    omit: { internalNotes: false, contactDetails: false, familyDetails: false, riskNote: false },
  });
  if (row.deletedAt) throw new AppError("NOT_FOUND", "This case has been deleted.");
  return row;
}

export type LockedCase = Awaited<ReturnType<typeof lockCase>>;
