// Issues a one-time password reset link for a user, shown to the admin. It expires in 24 hours.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZUserIdSchema } from "@/lib/validations/user";

export const RESET_TTL_MS = 24 * 60 * 60_000;

export async function issuePasswordReset(raw: unknown): Promise<{ path: string; expiresAt: Date }> {
  const admin = await requireRole("ADMIN");
  const { userId } = ZUserIdSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
    if (!user) throw new AppError("NOT_FOUND", "This account does not exist.");
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + RESET_TTL_MS);
    await tx.userToken.create({
      data: { kind: "PASSWORD_RESET", tokenHash, userId, expiresAt, createdById: admin.id },
    });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "USER_RESET_ISSUED",
      entityType: "user",
      entityId: userId,
      meta: { email: user.email },
    });
    return { path: `/reset/${token}`, expiresAt };
  });
}
