// A list of audit entries: who did what and when, to whose case, and what changed, in sentences
// (lib/audit/describe-audit.ts) rather than field names and JSON.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { auditReason, describeAudit, type AuditNames } from "@/lib/audit/describe-audit";
import type { TextTranslator } from "@/lib/review/value-text";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

export type AuditRow = {
  id: string;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  diff: unknown;
  meta: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
  names?: AuditNames;
};

export function AuditList({ rows }: { rows: AuditRow[] }) {
  const t = useTranslations("Editor");
  const all = useTranslations();
  const actions = useTranslations("AuditAction");
  const records = useTranslations("Records");
  const format = useFormatter();
  const describe = describeAudit(all as unknown as TextTranslator, useLocale());
  if (rows.length === 0) return <p className="italic text-slate-600">{t("noAudit")}</p>;
  return (
    <ol className="space-y-3">
      {rows.map((row) => {
        const lines = describe(row);
        const reason = auditReason(row.meta);
        const recordType =
          row.entityType && records.has(`type.${row.entityType}` as never)
            ? records(`type.${row.entityType}` as never)
            : row.entityType;
        return (
          <li key={row.id} className="rounded border border-slate-200 p-3" data-action={row.action}>
            <p className="break-words">
              <span className="font-medium">
                {actions.has(row.action as never) ? actions(row.action as never) : row.action}
              </span>
              {row.names?.personName && (
                <>
                  {" · "}
                  <span data-audit-person>{row.names.personName}</span>
                </>
              )}
              {" · "}
              {row.actor ? `${row.actor.name} <${row.actor.email}>` : t("systemActor")}
              {" · "}
              <time dateTime={row.createdAt.toISOString()}>
                {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
              </time>
              {recordType && row.entityType !== "case" && (
                <span className="text-sm text-slate-600"> · {recordType}</span>
              )}
            </p>
            {lines.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm" data-audit-changes>
                {lines.map((line, i) => (
                  <li key={i} className="whitespace-pre-line break-words">
                    {line}
                  </li>
                ))}
              </ul>
            )}
            {reason && (
              <p className="mt-1 whitespace-pre-line" data-audit-reason>
                <span className="font-medium">{t("reason")}:</span> <span lang={CONTENT_LANGUAGE}>{reason}</span>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
