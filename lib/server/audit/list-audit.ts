// The global audit log for admins: filtered by user, person, record, action and date range, newest first, one
// keyset page at a time (no OFFSET, no count), each row with the names that make it read in words.
import "server-only";
import { withAuditNames } from "@/lib/audit/audit-names";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, auditPage, auditWhere } from "@/lib/audit/audit-filter";
import type { TAuditQuery } from "@/lib/validations/audit-query";

export async function listAudit(query: TAuditQuery) {
  await requireRole("ADMIN");
  const { where, tooManyPeople } = await auditWhere(query);
  const { rows, next } = await auditPage(where, query.after, AUDIT_PAGE_SIZE);
  return { rows: await withAuditNames(db, rows), next, tooManyPeople };
}
