// Issues a one-time invitation link, shown to the admin because there is no mail server. It expires in 7 days.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { newToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZInviteSchema } from "@/lib/validations/user";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

export async function inviteUser(raw: unknown): Promise<{ path: string; expiresAt: Date }> {
  const admin = await requireRole("ADMIN");
  const input = ZInviteSchema.parse(raw);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", "An account with this email already exists.", { reason: "emailTaken" });
    }
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
    const invite = await tx.userToken.create({
      data: { kind: "INVITE", tokenHash, email: input.email, role: input.role, expiresAt, createdById: admin.id },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: admin.id,
      action: "USER_INVITED",
      entityType: "user_token",
      entityId: invite.id,
      meta: { email: input.email, role: input.role },
    });
    return { path: `/invite/${token}`, expiresAt };
  });
}
