// The latest emergency takedowns: which case, who took it down, when and why.
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Takedown } from "@/lib/server/changes/list-takedowns";

export function TakedownList({ takedowns }: { takedowns: Takedown[] }) {
  const t = useTranslations("Editor");
  const format = useFormatter();
  if (takedowns.length === 0) return <p className="italic text-slate-600">{t("noTakedowns")}</p>;
  return (
    <ul className="grid gap-2">
      {takedowns.map((entry) => (
        <li key={entry.id} className="rounded border border-red-200 bg-red-50 p-3 text-sm" data-takedown-id={entry.id}>
          <p>
            {entry.caseId ? (
              <Link href={`/dashboard/cases/${entry.caseId}`} className="font-medium text-blue-800 underline">
                {entry.fullName ?? entry.caseId}
              </Link>
            ) : (
              "—"
            )}{" "}
            {t("takedownEntry", {
              by: entry.by ?? t("systemActor"),
              at: format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" }),
            })}
            {!entry.stillDown && ` · ${t("takedownRestored")}`}
          </p>
          {entry.reason && (
            <p className="mt-1">
              <span className="font-medium">{t("reason")}:</span> {entry.reason}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
