// Starts two-factor enrolment: a fresh secret, not yet active until the user proves they can use it.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { newTotpSecret, totpUri } from "@/lib/auth/totp";
import { db } from "@/lib/db";

export async function beginTotpEnrolment(): Promise<{ secret: string; uri: string }> {
  const user = await requireUser();
  const secret = newTotpSecret();
  await db.user.update({ where: { id: user.id }, data: { totpSecret: secret, totpEnabled: false } });
  return { secret, uri: totpUri(secret, user.email) };
}
