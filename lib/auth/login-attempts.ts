// The sign-in counters behind the lockout, and the record of each attempt. Only wrong passwords and wrong
// codes count: a correct password that still needs its code is not a failure, and a success clears the
// email's count, so a person who signs in often is never locked out by their own sign-ins.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";

export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Why an attempt did not sign anyone in. Only the COUNTED ones move a lockout counter on. */
export type AttemptFailure = "invalid" | "locked" | "second-factor-required" | "second-factor-invalid";
const COUNTED: ReadonlySet<AttemptFailure> = new Set(["invalid", "second-factor-invalid"]);

/** Failures for this email since the later of the window's start and the email's last success. */
async function failuresForEmail(email: string): Promise<number> {
  const windowStart = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.loginAttempt.count({
    where: { email, success: false, createdAt: { gt: lastSuccess?.createdAt ?? windowStart } },
  });
}

async function failuresFromAddress(ip: string): Promise<number> {
  return db.loginAttempt.count({
    where: { ip, success: false, createdAt: { gt: new Date(Date.now() - LOCKOUT_WINDOW_MS) } },
  });
}

export async function isLocked(email: string, ip: string | null): Promise<boolean> {
  if (ip !== null && (await failuresFromAddress(ip)) >= MAX_FAILURES_PER_IP) return true;
  return (await failuresForEmail(email)) >= MAX_FAILURES_PER_EMAIL;
}

/**
 * Audits an attempt, and keeps it for the counters when it is a success or a counted failure. `via` names
 * where a password or code was checked when it was not the sign-in form (e.g. turning two-factor off).
 */
export async function recordAttempt(attempt: {
  email: string;
  ip: string;
  userId: string | null;
  failure: AttemptFailure | null;
  via?: string;
}): Promise<void> {
  const { email, ip, userId, failure, via } = attempt;
  await db.$transaction(async (tx) => {
    if (failure === null || COUNTED.has(failure))
      await tx.loginAttempt.create({ data: { email, ip, success: failure === null } });
    await writeAudit(tx, {
      actorId: userId,
      action: failure ? "LOGIN_FAILED" : "LOGIN_SUCCEEDED",
      entityType: userId ? "user" : undefined,
      entityId: userId ?? undefined,
      meta: { email, ip, ...(failure ? { reason: failure } : {}), ...(via ? { via } : {}) },
    });
  });
}
