// A list of audit entries: who did what and when, with the before and after of each changed field.
import { useFormatter, useTranslations } from "next-intl";

export type AuditRow = {
  id: string;
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  diff: unknown;
  meta: unknown;
  createdAt: Date;
  actor: { name: string; email: string } | null;
};

const show = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "—"
    : typeof value === "string"
      ? value
      : JSON.stringify(value);

export function AuditList({ rows }: { rows: AuditRow[] }) {
  const t = useTranslations("Editor");
  const actions = useTranslations("AuditAction");
  const format = useFormatter();
  if (rows.length === 0) return <p className="italic text-slate-600">{t("noAudit")}</p>;
  return (
    <ol className="space-y-3">
      {rows.map((row) => {
        const diff = (row.diff ?? {}) as Record<string, [unknown, unknown]>;
        const meta = (row.meta ?? {}) as Record<string, unknown>;
        return (
          <li key={row.id} className="rounded border border-slate-200 p-3" data-action={row.action}>
            <p>
              <span className="font-medium">
                {actions.has(row.action as never) ? actions(row.action as never) : row.action}
              </span>
              {" · "}
              {row.actor ? `${row.actor.name} <${row.actor.email}>` : t("systemActor")}
              {" · "}
              <time dateTime={row.createdAt.toISOString()}>
                {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
              </time>
              {row.entityType && (
                <span className="text-sm text-slate-600">
                  {" "}
                  · {row.entityType} {row.entityId}
                </span>
              )}
            </p>
            {Object.keys(diff).length > 0 && (
              <table className="mt-2 text-sm">
                <thead>
                  <tr>
                    <th scope="col" className="pr-4 text-left">
                      {t("field")}
                    </th>
                    <th scope="col" className="pr-4 text-left">
                      {t("before")}
                    </th>
                    <th scope="col" className="text-left">
                      {t("after")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(diff).map(([field, [before, after]]) => (
                    <tr key={field}>
                      <td className="pr-4 font-mono">{field}</td>
                      <td className="pr-4">{show(before)}</td>
                      <td>{show(after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {typeof meta.reason === "string" && (
              <p className="mt-1 whitespace-pre-line" data-audit-reason>
                <span className="font-medium">{t("reason")}:</span> {meta.reason}
              </p>
            )}
            {Object.keys(meta).length > 0 && (
              <p className="mt-1 break-all font-mono text-xs text-slate-600">{JSON.stringify(meta)}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
