// /dashboard/records/[type]?q=…: the records of one kind, newest first, each with what it belongs to; searchable.
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { recordTypeParam, STANDALONE_TYPES } from "@/lib/pages/record-type-param";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { listRecords } from "@/lib/server/records/list-records";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navRecords");

type Props = { params: Promise<{ locale: string; type: string }>; searchParams: Promise<TSearchParams> };

export default async function RecordListPage({ params, searchParams }: Props) {
  const type = recordTypeParam((await params).type);
  const t = await getTranslations("Records");
  const format = await getFormatter();
  const q = (firstValues(await searchParams).q ?? "").slice(0, 200);
  const records = await listRecords(type, q);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t(`type.${type}`)}</h1>
        {STANDALONE_TYPES.has(type) && (
          <Link
            href={`/dashboard/records/${type}/new`}
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white"
          >
            {t("new")}
          </Link>
        )}
      </div>
      <form method="get" role="search" aria-label={t("searchRecords")} className="mb-4 flex flex-wrap items-end gap-2">
        <label className="text-sm font-medium">
          {t("searchLabel")}
          <input
            name="q"
            type="search"
            maxLength={200}
            defaultValue={q}
            className="mt-1 block rounded border border-slate-400 px-2 py-1.5"
          />
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1.5">
          {t("searchButton")}
        </button>
      </form>
      {records.length === 0 ? (
        <p className="italic text-slate-600">{t("noRecords")}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {records.map((r) => (
            <li key={r.id} className="py-2">
              <Link href={`/dashboard/records/${type}/${r.id}`} className="text-blue-800 underline">
                {r.label}
              </Link>
              {r.detail && <span className="ml-2 text-sm text-slate-600">{r.detail}</span>}
              <span className="ml-2 text-xs text-slate-500">
                {format.dateTime(r.updatedAt, { dateStyle: "medium" })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
