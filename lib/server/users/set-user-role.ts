// Changes a user's role. Their open sessions are re-scoped on their next request. The last admin stays.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZUserRoleSchema } from "@/lib/validations/user";

export async function setUserRole(raw: unknown): Promise<void> {
  const admin = await requireRole("ADMIN");
  const input = ZUserRoleSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
    if (user.role === input.role) return;
    if (user.role === "ADMIN" && (await tx.user.count({ where: { role: "ADMIN", disabled: false } })) <= 1) {
      throw new AppError("CONFLICT", "The last admin cannot be demoted.", { reason: "lastAdmin" });
    }
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "USER_ROLE_CHANGED",
      entityType: "user",
      entityId: input.userId,
      diff: { role: [user.role, input.role] },
    });
  });
}
