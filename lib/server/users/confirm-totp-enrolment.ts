// Turns two-factor sign-in on (or moves it to a new secret) once a code from the new secret checks out, and
// returns recovery codes to be shown once. Replacing a second factor that is on needs the current password
// and a current code, as turning it off does.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { confirmIdentity } from "@/lib/auth/confirm-identity";
import { requireUser } from "@/lib/auth/session";
import { newRecoveryCodes, verifyTotp } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZIdentityProofSchema, ZTotpCodeSchema } from "@/lib/validations/user";

export async function confirmTotpEnrolment(
  raw: unknown,
  context: { ip: string } = { ip: "unknown" },
): Promise<{ recoveryCodes: string[] }> {
  const user = await requireUser();
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpEnabled: true, totpPendingSecret: true },
  });
  const input = (account.totpEnabled ? ZTotpCodeSchema.and(ZIdentityProofSchema) : ZTotpCodeSchema).parse(raw);
  // The new code is checked first, so a typo in it does not use up the current code.
  const step = account.totpPendingSecret ? await verifyTotp(account.totpPendingSecret, input.code) : null;
  if (step === null) {
    throw new AppError("INVALID_INPUT", "That code did not match. Check the time on your phone and try again.", {
      fieldErrors: { code: ["invalidCode"] },
    });
  }
  if (account.totpEnabled)
    await confirmIdentity(user.id, ZIdentityProofSchema.parse(raw), { ip: context.ip, via: "two-factor re-enrolment" });
  return db.$transaction(async (tx) => {
    // Only the secret that was checked is moved into place, even if another enrolment began meanwhile.
    const moved = await tx.user.updateMany({
      where: { id: user.id, totpPendingSecret: account.totpPendingSecret },
      data: { totpSecret: account.totpPendingSecret, totpPendingSecret: null, totpEnabled: true, totpLastStep: step },
    });
    if (moved.count !== 1)
      throw new AppError("CONFLICT", "Two-factor set-up was started again elsewhere. Start over.", {
        reason: "totpRestarted",
      });
    const { codes, hashes } = newRecoveryCodes();
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
    await writeAudit(tx, {
      actorId: user.id,
      action: "USER_TOTP_ENABLED",
      entityType: "user",
      entityId: user.id,
      meta: { replaced: account.totpEnabled },
    });
    return { recoveryCodes: codes };
  });
}
