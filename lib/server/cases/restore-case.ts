// Brings back a soft-deleted case, exactly as it was. Admins only.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZCaseIdSchema } from "@/lib/validations/case";

export async function restoreCase(raw: unknown): Promise<void> {
  const user = await requireRole("ADMIN");
  const { caseId } = ZCaseIdSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const current = await tx.case.findUnique({ where: { id: caseId }, select: { deletedAt: true, version: true } });
    if (!current) throw new AppError("NOT_FOUND", "This case does not exist.");
    if (!current.deletedAt) throw new AppError("CONFLICT", "This case is not deleted.", { reason: "notDeleted" });
    await tx.case.update({
      where: { id: caseId },
      data: { deletedAt: null, version: { increment: 1 }, updatedById: user.id },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "CASE_RESTORED",
      entityType: "case",
      entityId: caseId,
      meta: { version: current.version + 1 },
    });
  });
}
