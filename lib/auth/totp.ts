// Time-based one-time codes (RFC 6238) and single-use recovery codes.
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import { hashToken } from "./tokens";

export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: "Habeas", label: email, secret });
}

/**
 * The 30-second time step of a valid code, or null. A code whose step is not after `afterStep` (the last one
 * this account used) is refused, so a code seen over someone's shoulder or in a proxy log cannot be replayed.
 */
export async function verifyTotp(secret: string, code: string, afterStep?: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    // One 30-second step either way, as RFC 6238 advises: a code typed as it rolls over, or read from a
    // phone whose clock is a little off, still works.
    const result = await verify({
      secret,
      token: code,
      epochTolerance: 30,
      ...(afterStep != null ? { afterTimeStep: afterStep } : {}),
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Ten codes like "k3f9-2mzq-81ta"; the caller shows them once and stores only their hashes. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomBytes(9)
      .toString("base64url")
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "x")
      .slice(0, 12);
    return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
  });
  return { codes, hashes: codes.map(normaliseRecoveryCode).map(hashToken) };
}

export function normaliseRecoveryCode(code: string): string {
  return code
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
