// Creates an account with a password. Used by the command line and by accepted invitations.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/passwords";
import { AppError } from "@/lib/errors";

type NewUser = { email: string; name: string; role: UserRole; password: string };

export async function createUser(
  tx: Prisma.TransactionClient,
  input: NewUser,
  actorId: string | null,
): Promise<string> {
  const exists = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (exists) throw new AppError("CONFLICT", "An account with this email already exists.", { reason: "emailTaken" });
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) },
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId: actorId ?? user.id,
    action: "USER_CREATED",
    entityType: "user",
    entityId: user.id,
    meta: { email: input.email, role: input.role, password: "set" },
  });
  return user.id;
}
