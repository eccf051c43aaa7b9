// Proof that the person at the keyboard owns the account, before two-factor sign-in is turned off or moved
// to a new phone: a stolen session cookie alone must not be enough. Wrong answers count toward the same
// lockout as wrong sign-ins, so this form cannot be used to guess the password either.
import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isLocked, recordAttempt } from "./login-attempts";
import { verifyPassword } from "./passwords";
import { consumeSecondFactor } from "./second-factor";

export type IdentityProof = { currentPassword: string; currentCode: string };

export async function confirmIdentity(
  userId: string,
  proof: IdentityProof,
  context: { ip: string; via: string },
): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true, totpSecret: true, totpLastStep: true },
  });
  if (await isLocked(user.email, null)) {
    throw new AppError("FORBIDDEN", "Too many failed attempts. Wait 15 minutes and try again.", { reason: "locked" });
  }
  const attempt = { email: user.email, ip: context.ip, userId, via: context.via };
  if (!(await verifyPassword(user.passwordHash, proof.currentPassword))) {
    await recordAttempt({ ...attempt, failure: "invalid" });
    throw new AppError("INVALID_INPUT", "The password is not right.", {
      fieldErrors: { currentPassword: ["wrongPassword"] },
    });
  }
  if (
    !user.totpSecret ||
    !(await consumeSecondFactor(
      { id: userId, totpSecret: user.totpSecret, totpLastStep: user.totpLastStep },
      proof.currentCode,
    ))
  ) {
    await recordAttempt({ ...attempt, failure: "second-factor-invalid" });
    throw new AppError("INVALID_INPUT", "That code is not right.", { fieldErrors: { currentCode: ["wrongCode"] } });
  }
}
