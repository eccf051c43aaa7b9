// Test accounts with unique emails, optionally with two-factor sign-in already on.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/passwords";
import { newTotpSecret } from "@/lib/auth/totp";

export const TEST_PASSWORD = "correct horse battery staple";

let cachedHash: Promise<string> | undefined;

export async function createTestUser(db: Db, options: { role?: UserRole; disabled?: boolean; totp?: boolean } = {}) {
  const tag = randomBytes(4).toString("hex");
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const secret = options.totp ? newTotpSecret() : null;
  const user = await db.user.create({
    data: {
      email: `user-${tag}@example.org`,
      name: `User ${tag}`,
      role: options.role ?? "EDITOR",
      disabled: options.disabled ?? false,
      passwordHash: await cachedHash,
      totpSecret: secret,
      totpEnabled: secret !== null,
    },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true },
  });
  return { ...user, totpSecret: secret };
}

export type TestUser = Awaited<ReturnType<typeof createTestUser>>;
