// Checks a sign-in attempt: rate limits per address and per email, password, then second factor.
// Every outcome is audited, and the messages never say whether an email has an account.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { decoyHash, verifyPassword } from "./passwords";
import { hashToken } from "./tokens";
import { normaliseRecoveryCode, verifyTotp } from "./totp";

export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Reasons a sign-in fails, as shown to the person signing in. "invalid" covers every credential error. */
export type SignInFailure = "invalid" | "locked" | "second-factor-required" | "second-factor-invalid";

export class SignInError extends Error {
  override name = "SignInError";
  constructor(readonly reason: SignInFailure) {
    super(reason);
  }
}

export type SignInInput = { email: string; password: string; code?: string; ip: string };
export type SignedInUser = { id: string; email: string; name: string; role: UserRole; sessionVersion: number };

async function recentFailures(where: { ip: string } | { email: string }): Promise<number> {
  return db.loginAttempt.count({ where: { ...where, success: false, createdAt: { gt: new Date(Date.now() - LOCKOUT_WINDOW_MS) } } });
}

async function record(email: string, ip: string, userId: string | null, failure: SignInFailure | null) {
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip, success: failure === null } });
    await writeAudit(tx, {
      actorId: userId,
      action: failure ? "LOGIN_FAILED" : "LOGIN_SUCCEEDED",
      entityType: userId ? "user" : undefined,
      entityId: userId ?? undefined,
      meta: { email, ip, ...(failure ? { reason: failure } : {}) },
    });
  });
}

async function secondFactorOk(userId: string, secret: string, code: string): Promise<boolean> {
  if (await verifyTotp(secret, code)) return true;
  const codeHash = hashToken(normaliseRecoveryCode(code));
  const used = await db.recoveryCode.updateMany({ where: { userId, codeHash, usedAt: null }, data: { usedAt: new Date() } });
  return used.count === 1;
}

export async function authenticate(input: SignInInput): Promise<SignedInUser> {
  const email = input.email.trim().toLowerCase();
  const fail = async (reason: SignInFailure, userId: string | null = null): Promise<never> => {
    await record(email, input.ip, userId, reason);
    throw new SignInError(reason);
  };

  if ((await recentFailures({ ip: input.ip })) >= MAX_FAILURES_PER_IP) return fail("locked");
  if ((await recentFailures({ email })) >= MAX_FAILURES_PER_EMAIL) return fail("locked");

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true, passwordHash: true, totpEnabled: true, totpSecret: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !passwordOk || user.disabled) return fail("invalid", user?.id ?? null);

  if (user.totpEnabled && user.totpSecret) {
    if (!input.code) return fail("second-factor-required", user.id);
    if (!(await secondFactorOk(user.id, user.totpSecret, input.code))) return fail("second-factor-invalid", user.id);
  }
  await record(email, input.ip, user.id, null);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
