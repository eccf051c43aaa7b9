// The filtered audit log as CSV, for admins: one row per entry, its changes in words. Secrets are redacted again on
// the way out (describe-audit.ts), and the values of confidential case fields are left out: a file travels further
// than the page. At most AUDIT_CSV_LIMIT rows, read a keyset page at a time; the export itself is audited.
import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Locale } from "@/i18n/routing";
import { AUDIT_PAGE_SIZE, auditPage, auditWhere } from "@/lib/audit/audit-filter";
import { withAuditNames } from "@/lib/audit/audit-names";
import { auditReason, describeAudit } from "@/lib/audit/describe-audit";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { CONFIDENTIAL_CASE_COLUMNS } from "@/lib/db/confidential-columns";
import { translatorFor } from "@/lib/i18n/translator";
import type { TextTranslator } from "@/lib/review/value-text";
import type { TAuditQuery } from "@/lib/validations/audit-query";

export const AUDIT_CSV_LIMIT = 10_000;

const CONFIDENTIAL = new Set<string>(CONFIDENTIAL_CASE_COLUMNS);

/** A diff with each confidential field's values replaced by a mark that it changed. */
function withoutConfidential(diff: unknown, mark: string): unknown {
  if (!diff || typeof diff !== "object" || Array.isArray(diff)) return diff;
  return Object.fromEntries(Object.entries(diff).map(([k, v]) => [k, CONFIDENTIAL.has(k) ? [null, mark] : v]));
}

export async function exportAuditCsv(query: Omit<TAuditQuery, "after">, locale: Locale): Promise<string> {
  const user = await requireRole("ADMIN");
  const t = translatorFor(locale);
  const describe = describeAudit(t as unknown as TextTranslator, locale);
  const say = t as unknown as (key: string) => string;
  const { where } = await auditWhere(query);
  const lines: string[][] = [];
  let after: string | undefined;
  do {
    const page = await auditPage(where, after, AUDIT_PAGE_SIZE * 10);
    for (const row of await withAuditNames(db, page.rows)) {
      const diff = withoutConfidential(row.diff, say("Editor.auditConfidentialChanged"));
      lines.push([
        row.createdAt.toISOString(),
        t.has(`AuditAction.${row.action}` as never) ? say(`AuditAction.${row.action}`) : row.action,
        row.actor?.name ?? say("Editor.systemActor"),
        row.actor?.email ?? "",
        row.names.personName ?? "",
        row.entityType ?? "",
        row.entityId ?? "",
        describe({ ...row, diff }).join("\n"),
        auditReason(row.meta) ?? "",
      ]);
      if (lines.length >= AUDIT_CSV_LIMIT) break;
    }
    after = page.next ?? undefined;
  } while (after && lines.length < AUDIT_CSV_LIMIT);
  await db.$transaction((tx) =>
    writeAudit(tx, {
      actorId: user.id,
      action: "EXPORT_GENERATED",
      entityType: "export",
      entityId: "audit.csv",
      meta: { ...query, rows: lines.length },
    }),
  );
  const header = [
    "Editor.auditCsv.time",
    "Editor.auditCsv.action",
    "Editor.auditCsv.user",
    "Editor.auditCsv.email",
    "Editor.auditCsv.person",
    "Editor.auditCsv.recordType",
    "Editor.auditCsv.recordId",
    "Editor.auditCsv.changes",
    "Editor.auditCsv.reason",
  ].map((key) => say(key));
  return stringify([header, ...lines]);
}
