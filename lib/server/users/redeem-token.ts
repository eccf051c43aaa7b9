// Uses an invitation or reset link: sets the password, and for an invitation creates the account.
// Anyone holding a valid link may do this; the link itself is the proof. Using one revokes the person's others.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/passwords";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZSetPasswordSchema } from "@/lib/validations/user";
import { createUser } from "../internal/create-user";
import { revokeOtherLinks } from "../internal/revoke-other-links";

export async function redeemToken(raw: unknown): Promise<{ email: string }> {
  const input = ZSetPasswordSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const tokenHash = hashToken(input.token);
    const used = await tx.userToken.updateMany({
      where: { tokenHash, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1)
      throw new AppError("NOT_FOUND", "This link is invalid, used or expired. Ask an admin for a new one.", {
        reason: "badToken",
      });
    const token = await tx.userToken.findUniqueOrThrow({ where: { tokenHash } });
    if (token.kind === "INVITE") {
      const name = input.name || token.email!;
      const userId = await createUser(
        tx,
        { email: token.email!, name, role: token.role ?? "EDITOR", password: input.password },
        token.createdById,
      );
      await revokeOtherLinks(tx, token, { userId, email: token.email! });
      return { email: token.email! };
    }
    const user = await tx.user.update({
      where: { id: token.userId! },
      data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "USER_PASSWORD_SET",
      entityType: "user",
      entityId: user.id,
      meta: { password: "set", via: "reset link" },
    });
    await revokeOtherLinks(tx, token, { userId: user.id, email: user.email });
    return { email: user.email };
  });
}
