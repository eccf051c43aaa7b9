// The global audit log for admins, filterable by user, record and action.
import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

export const ZAuditQuerySchema = z.object({
  actor: z.string().trim().max(200).optional().catch(undefined),
  entity: z.string().trim().max(100).optional().catch(undefined),
  action: z.string().trim().max(50).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type TAuditQuery = z.infer<typeof ZAuditQuerySchema>;

const PAGE_SIZE = 50;

export async function listAudit(query: TAuditQuery) {
  await requireRole("ADMIN");
  const where = {
    ...(query.action ? { action: query.action } : {}),
    ...(query.entity ? { entityId: query.entity } : {}),
    ...(query.actor ? { actor: { email: { contains: query.actor, mode: "insensitive" as const } } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        diff: true,
        meta: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return { rows, total, pageSize: PAGE_SIZE };
}
