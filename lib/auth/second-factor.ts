// Checks and uses up a second factor: a TOTP code newer than the last one the account used, or an unused
// recovery code. Either works once.
import "server-only";
import { db } from "@/lib/db/client";
import { hashToken } from "./tokens";
import { normaliseRecoveryCode, verifyTotp } from "./totp";

export type SecondFactorAccount = { id: string; totpSecret: string; totpLastStep: number | null };

export async function consumeSecondFactor(account: SecondFactorAccount, code: string): Promise<boolean> {
  const step = await verifyTotp(account.totpSecret, code.replace(/\s/g, ""), account.totpLastStep);
  if (step !== null) {
    // Moves the remembered step on only if no other request has used this step (or a later one) meanwhile,
    // so two requests racing with the same code cannot both succeed.
    const moved = await db.user.updateMany({
      where: { id: account.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return moved.count === 1;
  }
  const codeHash = hashToken(normaliseRecoveryCode(code));
  const used = await db.recoveryCode.updateMany({
    where: { userId: account.id, codeHash, usedAt: null },
    data: { usedAt: new Date() },
  });
  return used.count === 1;
}
