// Every account, for the admins' user page. Secrets are never selected.
import "server-only";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listUsers() {
  await requireRole("ADMIN");
  return db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabled: true, totpEnabled: true, createdAt: true },
  });
}
