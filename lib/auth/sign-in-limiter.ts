// The sign-in budget of an email and of an address, spent atomically before the password is hashed, so parallel
// attempts cannot all pass the check at once and each make the server hash. In memory, per process
// (rate-limiter-flexible): the database lockout (login-attempts.ts) stays as the guard across servers and restarts.
// A spent point is given back when the attempt turns out not to be a counted failure; a success clears the email.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimitKey } from "@/lib/http/rate-limit-key";
import { LOCKOUT_WINDOW_MS, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "./login-attempts";

type Limiters = { email: RateLimiterMemory; address: RateLimiterMemory };

// On globalThis, so the sign-in route and the server actions that check a password share one budget.
const store = globalThis as typeof globalThis & { habeasSignInLimiters?: Limiters };
function limiters(): Limiters {
  const duration = LOCKOUT_WINDOW_MS / 1000;
  return (store.habeasSignInLimiters ??= {
    email: new RateLimiterMemory({ keyPrefix: "sign-in-email", points: MAX_FAILURES_PER_EMAIL, duration }),
    address: new RateLimiterMemory({ keyPrefix: "sign-in-address", points: MAX_FAILURES_PER_IP, duration }),
  });
}

/** What spending a point said: allowed, or refused — and whether this is the window's first refusal for a key. */
export type Reservation = { allowed: true } | { allowed: false; firstRefusal: boolean };

async function spend(limiter: RateLimiterMemory, key: string): Promise<Reservation> {
  try {
    await limiter.consume(key);
    return { allowed: true };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { allowed: false, firstRefusal: refusal.consumedPoints === limiter.points + 1 };
  }
}

/** Spends one attempt of the address and of the email. A refusal gives back what it spent. */
export async function reserveSignIn(email: string, ip: string): Promise<Reservation> {
  const { email: byEmail, address } = limiters();
  const addressKey = rateLimitKey(ip);
  const fromAddress = await spend(address, addressKey);
  if (!fromAddress.allowed) return fromAddress;
  const forEmail = await spend(byEmail, email);
  if (!forEmail.allowed) await address.reward(addressKey, 1);
  return forEmail;
}

/** The attempt was not a counted failure (a correct password still asking for its code, or a refusal for another
 *  reason): its points go back. */
export async function releaseSignIn(email: string, ip: string): Promise<void> {
  const { email: byEmail, address } = limiters();
  await Promise.all([byEmail.reward(email, 1), address.reward(rateLimitKey(ip), 1)]);
}

/** A success: the email's count starts again, and the address gets its point back. */
export async function clearSignIn(email: string, ip: string): Promise<void> {
  const { email: byEmail, address } = limiters();
  await Promise.all([byEmail.delete(email), address.reward(rateLimitKey(ip), 1)]);
}
