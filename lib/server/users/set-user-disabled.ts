// Disables or enables an account. A disabled user is refused on their very next request.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZUserDisabledSchema } from "@/lib/validations/user";

export async function setUserDisabled(raw: unknown): Promise<void> {
  const admin = await requireRole("ADMIN");
  const input = ZUserDisabledSchema.parse(raw);
  if (input.userId === admin.id && input.disabled)
    throw new AppError("CONFLICT", "You cannot disable your own account.", { reason: "self" });
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { disabled: true } });
    if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
    if (user.disabled === input.disabled) return;
    await tx.user.update({
      where: { id: input.userId },
      data: { disabled: input.disabled, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: admin.id,
      action: input.disabled ? "USER_DISABLED" : "USER_ENABLED",
      entityType: "user",
      entityId: input.userId,
      diff: { disabled: [user.disabled, input.disabled] },
    });
  });
}
