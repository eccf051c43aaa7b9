// Who is asking. The session cookie only names a user; the user row is read on every request, so a
// disabled account or a changed role takes effect at once.
import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type SessionUser = { id: string; email: string; name: string; role: UserRole; totpEnabled: boolean };

/** Overridden only by tests that call the data layer directly as a given user. */
let resolveSession: () => Promise<{ userId: string; sessionVersion: number } | null> = async () => {
  const session = await getServerSession(authOptions());
  const token = session as unknown as { userId?: string; sv?: number } | null;
  return token?.userId ? { userId: token.userId, sessionVersion: token.sv ?? 0 } : null;
};

export function setSessionResolverForTests(resolver: typeof resolveSession): void {
  resolveSession = resolver;
}

/**
 * Read once per request, not once per caller: within one server render, React's cache() hands the layout, the page
 * and every data function it calls the same read (a case editor page asked five times). The next request reads
 * the row again. Outside a render (route handlers, server actions, tests) there is no request cache, and every
 * call reads.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await resolveSession();
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, totpEnabled: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, totpEnabled: user.totpEnabled };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return user;
}

/** Admins must have a second factor before they can use admin powers. */
export async function requireRole(role: UserRole): Promise<SessionUser> {
  const user = await requireUser();
  if (role === "ADMIN" && user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only an admin can do this.");
  if (user.role === "ADMIN" && role === "ADMIN" && !user.totpEnabled) {
    throw new AppError("FORBIDDEN", "Set up two-factor sign-in before using admin functions.");
  }
  return user;
}
