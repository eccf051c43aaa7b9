// Starts two-factor enrolment: a fresh secret, kept aside until the user proves they can use it. A second
// factor already on stays on meanwhile, so an abandoned enrolment changes nothing.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { newTotpSecret, totpUri } from "@/lib/auth/totp";
import { totpQrDataUrl } from "@/lib/auth/totp-qr";
import { db } from "@/lib/db/client";

export async function beginTotpEnrolment(): Promise<{ secret: string; uri: string; qr: string }> {
  const user = await requireUser();
  const secret = newTotpSecret();
  await db.user.update({ where: { id: user.id }, data: { totpPendingSecret: secret } });
  const uri = totpUri(secret, user.email);
  return { secret, uri, qr: await totpQrDataUrl(uri) };
}
