// The signed-in editor's own changes that were rejected (with the reviewer's reason) or sent back because the case
// changed after submission.
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { MyReviewedChange } from "@/lib/server/changes/list-my-reviewed-changes";

export function MyReviewedChanges({ changes }: { changes: MyReviewedChange[] }) {
  const t = useTranslations("Editor");
  const kinds = useTranslations("ChangeKind");
  const format = useFormatter();
  return (
    <ul className="grid gap-2">
      {changes.map((change) => {
        const at = change.reviewedAt ? format.dateTime(change.reviewedAt, { dateStyle: "long" }) : "—";
        return (
          <li
            key={change.id}
            className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
            data-my-change={change.state}
          >
            <p className="font-medium">
              {kinds(change.kind)}
              {change.case && (
                <>
                  {" · "}
                  <Link href={`/dashboard/cases/${change.case.id}`} className="text-blue-800 underline">
                    {change.case.person.fullName}
                  </Link>
                </>
              )}
            </p>
            {change.state === "REJECTED" ? (
              <>
                <p>{t("myRejected", { by: change.reviewedBy?.name ?? "—", at })}</p>
                {change.reviewNote && (
                  <p className="mt-1 whitespace-pre-line">
                    <span className="font-medium">{t("reason")}:</span> {change.reviewNote}
                  </p>
                )}
              </>
            ) : (
              <p>{t("mySentBack", { at })}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
