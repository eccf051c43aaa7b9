// /dashboard/audit: the global audit log, for admins, filtered by user, person, record, action and dates; newest
// first, a keyset page at a time; the same filter downloads as CSV.
import { getTranslations } from "next-intl/server";
import { AuditList } from "@/components/editor/audit-list";
import { Link } from "@/i18n/navigation";
import { AUDIT_ACTIONS } from "@/lib/audit/write-audit";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listAudit } from "@/lib/server/audit/list-audit";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { parseAuditQuery, type TAuditQuery } from "@/lib/validations/audit-query";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navAudit", { adminOnly: true });

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

/** The label of each filter, for the notice that names those that did not read. */
const FILTER_LABEL: Record<keyof TAuditQuery, string> = {
  person: "auditFilter.person",
  actor: "auditFilter.actor",
  from: "auditFilter.from",
  to: "auditFilter.to",
  entity: "auditFilter.entity",
  action: "auditFilter.action",
  after: "auditFilter.after",
};

const inputClass = "mt-1 block rounded border border-slate-400 px-2 py-1.5";

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePageUser(locale, true);
  const t = await getTranslations("Editor");
  const actions = await getTranslations("AuditAction");
  const { query, rejected } = parseAuditQuery(firstValues(await searchParams));
  const { rows, next, tooManyPeople } = await listAudit(query);
  const { after, ...filters } = query;
  const params_ = (extra: Partial<TAuditQuery> & { locale?: string }) =>
    new URLSearchParams(
      Object.entries({ ...filters, ...extra }).flatMap(([k, v]) => (v ? [[k, String(v)]] : [])),
    ).toString();
  const field = (name: keyof TAuditQuery, label: string, type = "text") => (
    <label className="text-sm font-medium">
      {label}
      <input
        name={name}
        type={type}
        defaultValue={query[name] ?? ""}
        className={inputClass}
        aria-invalid={rejected.includes(name) || undefined}
      />
    </label>
  );
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navAudit")}</h1>
      {rejected.length > 0 && (
        <p role="alert" className="mb-3 rounded border border-amber-400 bg-amber-50 p-2" data-audit-rejected>
          {t("auditRejected", {
            fields: [...new Set(rejected)].map((k) => t(FILTER_LABEL[k as keyof TAuditQuery] as never)).join(", "),
          })}
        </p>
      )}
      {tooManyPeople && (
        <p role="note" className="mb-3 rounded border border-slate-300 bg-slate-50 p-2">
          {t("auditTooManyPeople")}
        </p>
      )}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("filterAudit")}>
        {field("person", t("auditFilter.person"))}
        {field("actor", t("auditFilter.actor"))}
        {field("from", t("auditFilter.from"), "date")}
        {field("to", t("auditFilter.to"), "date")}
        {field("entity", t("auditFilter.entity"))}
        <label className="text-sm font-medium">
          {t("auditFilter.action")}
          <select name="action" defaultValue={query.action ?? ""} className={inputClass}>
            <option value="">{t("any")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actions(a)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
          {t("apply")}
        </button>
        <a href={`/api/audit?${params_({ locale })}`} className="py-1.5 text-blue-800 underline" download>
          {t("auditCsvLink")}
        </a>
      </form>
      <AuditList rows={rows} />
      <nav className="mt-4 flex gap-4" aria-label={t("auditPages")}>
        {after && (
          <Link href={`/dashboard/audit?${params_({})}`} className="rounded border border-slate-300 px-3 py-1">
            {t("auditNewest")}
          </Link>
        )}
        {next && (
          <Link
            href={`/dashboard/audit?${params_({ after: next })}`}
            className="rounded border border-slate-300 px-3 py-1"
            rel="next"
          >
            {t("auditOlder")}
          </Link>
        )}
      </nav>
    </>
  );
}
