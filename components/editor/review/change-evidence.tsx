// What one pending change would do, in words: each field before and after, and each cited source with its link
// and the quote that supports the change. A source already on file also links to its record in the editors' area,
// which shows the text Habeas holds (most sources have no web address), and shows its note.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PendingChange } from "@/lib/server/changes/list-pending-changes";
import { describeChange } from "@/lib/review/describe-change";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { useFieldLabel, useReviewValueText } from "./review-value";
import { sourceRecordHref } from "./source-record-href";

export function ChangeEvidence({ change }: { change: PendingChange }) {
  const t = useTranslations("Editor");
  const records = useTranslations("Records");
  const label = useFieldLabel();
  const reviewText = useReviewValueText();
  // A stay names its place by id: show the place's name.
  const text = (field: string, value: unknown, entity: string | null) =>
    reviewText(
      field,
      field === "placeId" && typeof value === "string" ? (change.placeNames[value] ?? value) : value,
      entity,
    );
  const described = describeChange(change.kind, change.payload, change.currentValues);
  const showBefore = described.rows.some((r) => "before" in r);
  const sourceById = new Map(change.sources.map((s) => [s.id, s]));
  return (
    <div className="mt-2 grid gap-2 text-sm">
      {change.entityType && records.has(`type.${change.entityType}` as never) && (
        <p className="font-medium">{records(`type.${change.entityType}` as never)}</p>
      )}
      {described.unreadable && (
        <p role="note" className="rounded border border-red-300 bg-red-50 p-2 font-medium text-red-900">
          {t("unreadableChange")}
        </p>
      )}
      {described.removal && (
        <p className="font-medium text-red-900">
          {change.kind === "UNPUBLISH_CASE" ? t("unpublishSummary") : t("recordRemoval")}
        </p>
      )}
      {/* The field column takes a third at phone width: a quarter of 390px is narrower than a Russian field name's
          words ("Содержится", "Примечание"), which overflowed into the values. Long values wrap inside their cell. */}
      {described.rows.length > 0 && (
        <table className="w-full max-w-3xl table-fixed border-collapse" data-review-diff>
          <thead>
            <tr className="text-left">
              <th scope="col" className="w-1/3 pr-3 sm:w-1/4">
                {t("field")}
              </th>
              {showBefore && (
                <th scope="col" className="pr-3">
                  {t("before")}
                </th>
              )}
              <th scope="col">{described.removal ? t("before") : showBefore ? t("after") : t("recordProposed")}</th>
            </tr>
          </thead>
          <tbody>
            {described.rows.map((row) => (
              <tr key={row.field} className="border-t border-slate-200 align-top">
                <th scope="row" className="break-words pr-3 text-left font-normal text-slate-700">
                  {label(row.field, change.entityType)}
                </th>
                {showBefore && (
                  <td className="whitespace-pre-line break-words pr-3">
                    {"before" in row ? text(row.field, row.before, change.entityType) : ""}
                  </td>
                )}
                <td className="whitespace-pre-line break-words">
                  {text(row.field, described.removal && "before" in row ? row.before : row.after, change.entityType)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {described.citations.map((citation, i) => {
        const existing = citation.sourceId ? sourceById.get(citation.sourceId) : undefined;
        const source = existing ?? citation.newSource;
        return (
          <div key={i} className="rounded bg-slate-50 p-2" data-review-citation>
            <p>
              <span className="font-medium">{t("evidenceSource")}:</span>{" "}
              {source ? (
                <>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noreferrer noopener" className="text-blue-800 underline">
                      {source.title}
                    </a>
                  ) : existing ? (
                    <Link href={sourceRecordHref(existing.id)} className="text-blue-800 underline">
                      {source.title}
                    </Link>
                  ) : (
                    source.title
                  )}
                  {source.publisher && ` · ${source.publisher}`}
                  {!existing && ` (${t("newSourceTag")})`}
                  {source.url && <span className="block break-all text-xs text-slate-600">{source.url}</span>}
                  {existing?.url && (
                    <Link href={sourceRecordHref(existing.id)} className="block text-xs text-blue-800 underline">
                      {t("sourceRecord")}
                    </Link>
                  )}
                  {existing?.archiveNote && (
                    <span className="block text-xs text-slate-600" data-source-note>
                      {t("sourceNote")}: <span lang={CONTENT_LANGUAGE}>{existing.archiveNote}</span>
                    </span>
                  )}
                </>
              ) : (
                t("noSourceGiven")
              )}
            </p>
            {citation.quote && (
              <blockquote lang={CONTENT_LANGUAGE} className="mt-1 border-l-2 border-slate-400 pl-2 italic">
                <span className="sr-only">{t("evidenceQuote")}: </span>“{citation.quote}”
              </blockquote>
            )}
          </div>
        );
      })}
    </div>
  );
}
