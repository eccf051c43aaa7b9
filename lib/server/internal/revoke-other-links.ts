// When one invitation or reset link for a person is used, every other unused link for them stops working,
// so a link that leaked earlier (a forwarded mail, a screenshot) cannot undo the password just chosen.
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function revokeOtherLinks(
  tx: Prisma.TransactionClient,
  used: { id: string },
  person: { userId: string; email: string },
): Promise<void> {
  const revoked = await tx.userToken.updateMany({
    where: {
      id: { not: used.id },
      usedAt: null,
      revokedAt: null,
      OR: [{ userId: person.userId }, { kind: "INVITE", email: person.email }],
    },
    data: { revokedAt: new Date() },
  });
  if (revoked.count > 0) {
    await writeAudit(tx, {
      actorId: person.userId,
      action: "USER_LINKS_REVOKED",
      entityType: "user",
      entityId: person.userId,
      meta: { count: revoked.count },
    });
  }
}
