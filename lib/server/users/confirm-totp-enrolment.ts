// Turns two-factor sign-in on once a code checks out, and returns recovery codes to be shown once.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/session";
import { newRecoveryCodes, verifyTotp } from "@/lib/auth/totp";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZTotpCodeSchema } from "@/lib/validations/user";

export async function confirmTotpEnrolment(raw: unknown): Promise<{ recoveryCodes: string[] }> {
  const user = await requireUser();
  const { code } = ZTotpCodeSchema.parse(raw);
  return db.$transaction(async (tx) => {
    const row = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpSecret: true } });
    if (!row.totpSecret || !(await verifyTotp(row.totpSecret, code))) {
      throw new AppError("INVALID_INPUT", "That code did not match. Check the time on your phone and try again.", { fieldErrors: { code: ["invalidCode"] } });
    }
    const { codes, hashes } = newRecoveryCodes();
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId: user.id, codeHash })) });
    await tx.user.update({ where: { id: user.id }, data: { totpEnabled: true } });
    await writeAudit(tx, { actorId: user.id, action: "USER_TOTP_ENABLED", entityType: "user", entityId: user.id });
    return { recoveryCodes: codes };
  });
}
