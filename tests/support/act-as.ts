// Makes the data layer see a given user as signed in, as Auth.js would after a successful sign-in.
import { setSessionResolverForTests } from "@/lib/auth/session";

export function actAs(user: { id: string; sessionVersion: number } | null): void {
  setSessionResolverForTests(async () => (user ? { userId: user.id, sessionVersion: user.sessionVersion } : null));
}
