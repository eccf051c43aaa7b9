// /dashboard/records/[type]: the records of one kind, newest first.
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { recordTypeParam, STANDALONE_TYPES } from "@/lib/pages/record-type-param";
import { listRecords } from "@/lib/server/records/list-records";

export default async function RecordListPage({ params }: { params: Promise<{ locale: string; type: string }> }) {
  const type = recordTypeParam((await params).type);
  const t = await getTranslations("Records");
  const format = await getFormatter();
  const records = await listRecords(type);
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
