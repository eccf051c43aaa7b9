// The latest emergency takedowns, for the reviews page: who took which case down, when and why.
import "server-only";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export async function listTakedowns(limit = 20) {
  await requireUser();
  const rows = await db.auditLog.findMany({
    where: { action: "CASE_TAKEN_DOWN" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, entityId: true, meta: true, createdAt: true, actor: { select: { name: true } } },
  });
  const cases = await db.case.findMany({
    where: { id: { in: rows.map((r) => r.entityId).filter((id): id is string => !!id) } },
    select: { id: true, deletedAt: true, person: { select: { fullName: true } } },
  });
  const byId = new Map(cases.map((c) => [c.id, c]));
  return rows.map((r) => {
    const found = r.entityId ? byId.get(r.entityId) : undefined;
    const reason = (r.meta as Record<string, unknown> | null)?.reason;
    return {
      id: r.id,
      caseId: r.entityId,
      fullName: found?.person.fullName ?? null,
      stillDown: found ? found.deletedAt !== null : false,
      by: r.actor?.name ?? null,
      at: r.createdAt,
      reason: typeof reason === "string" ? reason : null,
    };
  });
}

export type Takedown = Awaited<ReturnType<typeof listTakedowns>>[number];
