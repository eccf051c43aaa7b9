// The audit log's query, shared by its page and its CSV: the where clause of a filter and one keyset page. Callers
// check that the user is an admin first (lib/server/audit/).
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditCursor, readAuditCursor, type TAuditQuery } from "@/lib/validations/audit-query";

export const AUDIT_PAGE_SIZE = 50;

/** How many people a name filter may match; the page says when the name matches more. */
export const AUDIT_PERSON_LIMIT = 50;

const AUDIT_ROW_SELECT = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  diff: true,
  meta: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
} as const;

/** The where clause of a filter; `tooManyPeople` when the person's name matched more than the limit. */
export async function auditWhere(query: Omit<TAuditQuery, "after">) {
  const and: Prisma.AuditLogWhereInput[] = [];
  let tooManyPeople = false;
  if (query.action) and.push({ action: query.action });
  if (query.entity) and.push({ entityId: query.entity });
  if (query.actor)
    and.push({
      actor: {
        OR: [
          { email: { contains: query.actor, mode: "insensitive" } },
          { name: { contains: query.actor, mode: "insensitive" } },
        ],
      },
    });
  if (query.from) and.push({ createdAt: { gte: new Date(`${query.from}T00:00:00Z`) } });
  if (query.to) and.push({ createdAt: { lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) } });
  if (query.person) {
    const people = await db.person.findMany({
      where: { fullName: { contains: query.person, mode: "insensitive" } },
      select: { id: true, cases: { select: { id: true } } },
      orderBy: { fullName: "asc" },
      take: AUDIT_PERSON_LIMIT + 1,
    });
    tooManyPeople = people.length > AUDIT_PERSON_LIMIT;
    const kept = people.slice(0, AUDIT_PERSON_LIMIT);
    const caseIds = kept.flatMap((p) => p.cases.map((c) => c.id));
    const personIds = kept.map((p) => p.id);
    and.push({
      OR: [
        { entityType: "case", entityId: { in: caseIds } },
        { entityType: "person", entityId: { in: personIds } },
        ...caseIds.map((id) => ({ meta: { path: ["caseId"], equals: id } })),
      ],
    });
  }
  return { where: { AND: and } satisfies Prisma.AuditLogWhereInput, tooManyPeople };
}

/** Rows after the cursor, newest first: the keyset (created_at, id), served by audit_log_created_at_id_idx. */
export function afterCursor(after: string | undefined): Prisma.AuditLogWhereInput {
  if (!after) return {};
  const { createdAt, id } = readAuditCursor(after);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: id } }] };
}

export async function auditPage(where: Prisma.AuditLogWhereInput, after: string | undefined, size: number) {
  const rows = await db.auditLog.findMany({
    where: { AND: [where, afterCursor(after)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size + 1,
    select: AUDIT_ROW_SELECT,
  });
  const page = rows.slice(0, size);
  return { rows: page, next: rows.length > size ? auditCursor(page[page.length - 1]!) : null };
}
