// Checks a sign-in attempt: field lengths, rate limits per address and per email, password, then second
// factor. Every attempt that is checked is audited; one refused by a limit before any check is not (only the
// first refusal of each window is), so anonymous callers cannot grow the audit log. The messages never say
// whether an email has an account.
import "server-only";
import { db } from "@/lib/db/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { isLocked, recordAttempt, type AttemptFailure } from "./login-attempts";
import { MAX_CODE_LENGTH, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "./limits";
import { decoyHash, verifyPassword } from "./passwords";
import { consumeSecondFactor } from "./second-factor";
import { clearSignIn, releaseSignIn, reserveSignIn } from "./sign-in-limiter";

export { LOCKOUT_WINDOW_MS, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "./login-attempts";

/**
 * Reasons a sign-in fails, as shown to the person signing in. "invalid" covers every credential error;
 * "too-long" a field over its limit; "unavailable" anything unexpected, whose details stay in the server's log.
 */
export type SignInFailure = AttemptFailure | "too-long" | "unavailable";

export class SignInError extends Error {
  override name = "SignInError";
  constructor(readonly reason: SignInFailure) {
    super(reason);
  }
}

export type SignInInput = { email: string; password: string; code?: string; ip: string };
export type SignedInUser = { id: string; email: string; name: string; role: UserRole; sessionVersion: number };

export async function authenticate(input: SignInInput): Promise<SignedInUser> {
  // Refused before anything is stored: an over-long field is not an attempt worth counting or keeping.
  if (
    input.email.length > MAX_EMAIL_LENGTH ||
    input.password.length > MAX_PASSWORD_LENGTH ||
    (input.code?.length ?? 0) > MAX_CODE_LENGTH
  ) {
    throw new SignInError("too-long");
  }
  // Control characters (NUL above all) cannot be stored in PostgreSQL text; no account's email has them.
  const email = input.email
    .trim()
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f]/g, "\ufffd");
  const fail = async (reason: AttemptFailure, userId: string | null = null): Promise<never> => {
    // A correct password that still needs its code is not a failure: it gives its attempt back.
    if (reason === "second-factor-required") await releaseSignIn(email, input.ip);
    await recordAttempt({ email, ip: input.ip, userId, failure: reason });
    throw new SignInError(reason);
  };

  // Spent before the database is asked or a password hashed, and atomically, so N parallel attempts get at most
  // the budget's worth of hashing between them.
  const reservation = await reserveSignIn(email, input.ip);
  if (!reservation.allowed) {
    if (reservation.firstRefusal) await recordAttempt({ email, ip: input.ip, userId: null, failure: "locked" });
    throw new SignInError("locked");
  }
  // Failures seen by other servers, or before a restart.
  if (await isLocked(email, input.ip)) {
    await releaseSignIn(email, input.ip);
    throw new SignInError("locked");
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      sessionVersion: true,
      passwordHash: true,
      totpEnabled: true,
      totpSecret: true,
      totpLastStep: true,
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  if (!user || !passwordOk || user.disabled) return fail("invalid", user?.id ?? null);

  if (user.totpEnabled && user.totpSecret) {
    if (!input.code) return fail("second-factor-required", user.id);
    if (
      !(await consumeSecondFactor(
        { id: user.id, totpSecret: user.totpSecret, totpLastStep: user.totpLastStep },
        input.code,
      ))
    ) {
      return fail("second-factor-invalid", user.id);
    }
  }
  await recordAttempt({ email, ip: input.ip, userId: user.id, failure: null });
  await clearSignIn(email, input.ip);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
