// Turns two-factor sign-in off, given the current password and a current code. An admin without it keeps
// the account but cannot open admin pages until they set it up again.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { confirmIdentity } from "@/lib/auth/confirm-identity";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZIdentityProofSchema } from "@/lib/validations/user";

export async function disableTotp(raw: unknown, context: { ip: string } = { ip: "unknown" }): Promise<void> {
  const user = await requireUser();
  const proof = ZIdentityProofSchema.parse(raw);
  const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true } });
  if (!account.totpEnabled)
    throw new AppError("CONFLICT", "Two-factor sign-in is already off.", { reason: "totpAlreadyOff" });
  await confirmIdentity(user.id, proof, { ip: context.ip, via: "turning two-factor off" });
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { totpEnabled: false, totpSecret: null, totpPendingSecret: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await writeAudit(tx, { actorId: user.id, action: "USER_TOTP_DISABLED", entityType: "user", entityId: user.id });
  });
}
