// /cases: the public, filterable list of published cases. All state is in the query string.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseTable } from "@/components/cases/case-table";
import { ExportMenu } from "@/components/exports/export-menu";
import { Pagination } from "@/components/ui/pagination";
import { caseExportLinks } from "@/lib/export-formats/export-links";
import { translatorFor } from "@/lib/i18n/translator";
import { preferredScript } from "@/lib/format/display-name";
import { publicPageMetadata } from "@/lib/i18n/page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import type { TSearchParams } from "@/lib/http/query-object";
import { caseListSearch, parseCaseListQuery, rejectUnknownCountry } from "@/lib/validations/case-list";
import { listCountryNames, listPublicCases } from "@/lib/server/public/cached";
import { ClientMessages } from "@/components/layout/client-messages";

/** The list's filters, for exporting exactly what is shown (without paging). */
function exportFilters(query: ReturnType<typeof parseCaseListQuery>["query"]): string {
  const params = new URLSearchParams();
  for (const key of ["q", "country", "status", "role"] as const) if (query[key]) params.set(key, query[key]!);
  return params.toString();
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Cases" });
  return publicPageMetadata(locale, "/cases", { title: t("title"), description: t("description") });
}

export default async function CasesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations("Cases");
  const paramName = await getTranslations("Params");
  const countries = await listCountryNames();
  const { query, rejected } = rejectUnknownCountry(
    parseCaseListQuery(await searchParams),
    countries.map((c) => c.code),
  );
  const { rows, total, approximate } = await listPublicCases(query, preferredScript(locale));
  const filterSearch = caseListSearch(query, { sort: undefined, dir: undefined, page: undefined });
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <ExportMenu links={caseExportLinks(exportFilters(query), locale, translatorFor(locale))} />
      </div>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      {rejected.length > 0 && (
        <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          {t("ignored", { params: rejected.map((key) => paramName(key)).join(", ") })}
        </p>
      )}
      <div className="mt-6">
        <CaseFilters query={query} countries={countries} />
      </div>
      <div className="mt-6">
        <ClientMessages>
          <CaseTable rows={rows} sort={{ id: query.sort, desc: query.dir === "desc" }} baseSearch={filterSearch} />
        </ClientMessages>
      </div>
      <Pagination
        page={query.page}
        pageSize={query.size}
        total={total}
        approximate={approximate}
        rowCount={rows.length}
        hrefFor={(page) => `/cases${caseListSearch(query, { page })}`}
      />
    </>
  );
}
