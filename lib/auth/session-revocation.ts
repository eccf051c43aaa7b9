// Server-side session checks for Auth.js's JWT sessions. A session cookie names a user and the session
// version it was issued under; signing out (like a role change, a disabled account or a new password) moves
// the user's version on, so every cookie issued before, copies included, stops working.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";

export async function sessionIsCurrent(userId: string | undefined, sessionVersion: unknown): Promise<boolean> {
  if (!userId || typeof sessionVersion !== "number") return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true, disabled: true } });
  return !!user && !user.disabled && user.sessionVersion === sessionVersion;
}

/** Ends every session of the user, if the cookie signing out is still current. Audited with the change. */
export async function revokeSessions(userId: string | undefined, sessionVersion: unknown): Promise<void> {
  if (!userId || typeof sessionVersion !== "number") return;
  await db.$transaction(async (tx) => {
    const bumped = await tx.user.updateMany({
      where: { id: userId, sessionVersion },
      data: { sessionVersion: { increment: 1 } },
    });
    if (bumped.count === 1)
      await writeAudit(tx, { actorId: userId, action: "USER_SIGNED_OUT", entityType: "user", entityId: userId });
  });
}
