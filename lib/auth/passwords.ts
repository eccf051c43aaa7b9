// Password hashing with argon2id, and the rules a new password must meet.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "./limits";

/** Argon2id at OWASP's recommended minimum cost. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const ZPasswordSchema = z.string().min(12, "passwordTooShort").max(MAX_PASSWORD_LENGTH, "passwordTooLong");

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both paths take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("habeas-decoy-password-never-valid");
  return decoy;
}
