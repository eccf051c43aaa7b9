// /dashboard/audit: the global audit log, for admins.
import { getTranslations } from "next-intl/server";
import { AuditList } from "@/components/editor/audit-list";
import { AUDIT_ACTIONS } from "@/lib/audit/write-audit";
import { Pagination } from "@/components/ui/pagination";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listAudit, ZAuditQuerySchema } from "@/lib/server/audit/list-audit";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export default async function AuditPage({ params, searchParams }: Props) {
  await requirePageUser(await resolveLocale(params), true);
  const t = await getTranslations("Editor");
  const actions = await getTranslations("AuditAction");
  const query = ZAuditQuerySchema.parse(firstValues(await searchParams));
  const { rows, total, pageSize } = await listAudit(query);
  const href = (page: number) => {
    const p = new URLSearchParams(Object.entries({ ...query, page }).flatMap(([k, v]) => (v ? [[k, String(v)]] : [])));
    return `/dashboard/audit?${p.toString()}`;
  };
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navAudit")}</h1>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("filterAudit")}>
        <label className="text-sm font-medium">
          {t("auditUser")}
          <input
            name="actor"
            defaultValue={query.actor ?? ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <label className="text-sm font-medium">
          {t("auditRecord")}
          <input
            name="entity"
            defaultValue={query.entity ?? ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <label className="text-sm font-medium">
          {t("auditAction")}
          <select
            name="action"
            defaultValue={query.action ?? ""}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          >
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
      </form>
      <AuditList rows={rows} />
      <Pagination page={query.page} pageSize={pageSize} total={total} hrefFor={href} />
    </>
  );
}
