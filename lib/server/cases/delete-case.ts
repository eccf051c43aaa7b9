// Soft-deletes a case: it leaves every public page at once, and an admin can restore it. Nothing cascades.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ZCaseIdSchema } from "@/lib/validations/case";
import { lockCase } from "../internal/lock-case";

export async function deleteCase(raw: unknown): Promise<void> {
  const user = await requireUser();
  const { caseId } = ZCaseIdSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const current = await lockCase(tx, caseId);
    await tx.case.update({ where: { id: current.id }, data: { deletedAt: new Date(), version: { increment: 1 }, updatedById: user.id } });
    await tx.changeRequest.updateMany({ where: { caseId, state: "PENDING" }, data: { state: "WITHDRAWN" } });
    await writeAudit(tx, { actorId: user.id, action: "CASE_DELETED", entityType: "case", entityId: caseId, meta: { version: current.version + 1 } });
  });
}
