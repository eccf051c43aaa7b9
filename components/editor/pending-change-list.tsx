// Changes waiting for a second person, each with the evidence to judge it (what changes, the sources and quotes,
// the consent status, a preview of a new public page) and the buttons to decide.
import { useFormatter, useTranslations } from "next-intl";
import type { PendingChange } from "@/lib/server/changes/list-pending-changes";
import { CasePreview } from "./review/case-preview";
import { ChangeEvidence } from "./review/change-evidence";
import { QuoteCheckNote } from "./quote-check-note";
import { ReleaseDemandsOffer } from "./release-demands-offer";
import { ReviewForm } from "./review-form";

const proposedToMeet = ({ proposal }: PendingChange) => {
  const meet = proposal?.kind === "CHANGE_STATUS" ? proposal.payload.form.meetReleaseDemands : undefined;
  return meet === true || meet === "on";
};

export function PendingChangeList({ changes, currentUserId }: { changes: PendingChange[]; currentUserId: string }) {
  const t = useTranslations("Editor");
  const kinds = useTranslations("ChangeKind");
  const consent = useTranslations("ConsentStatus");
  const format = useFormatter();
  if (changes.length === 0) return <p className="italic text-slate-600">{t("noPending")}</p>;
  return (
    <ul className="mt-2 grid gap-3">
      {changes.map((change) => (
        <li key={change.id} className="rounded border border-slate-200 p-3" data-change-id={change.id}>
          <p className="font-medium">
            {kinds(change.kind)}
            {change.case && ` · ${change.case.person.fullName}`} · {t("proposedBy", { name: change.createdBy.name })} ·{" "}
            {format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
          {change.outdated && (
            <p role="note" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
              {t("outdatedNotice")}
            </p>
          )}
          {change.case && (
            <p className="mt-1 text-sm">
              <span className="font-medium">{t("consent")}:</span> {consent(change.case.consentStatus)}
            </p>
          )}
          <ChangeEvidence change={change} />
          <QuoteCheckNote quoteFound={change.quoteFound} variant="review" />
          {change.preview && (
            <details open className="mt-3">
              <summary className="cursor-pointer font-medium">{t("previewHeading")}</summary>
              <div className="mt-2">
                <CasePreview person={change.preview.person} />
              </div>
            </details>
          )}
          <div className="mt-3">
            <ReviewForm changeId={change.id} seenHash={change.seenHash} own={change.createdById === currentUserId}>
              <ReleaseDemandsOffer demands={change.openReleaseDemands} proposed={proposedToMeet(change)} />
            </ReviewForm>
          </div>
        </li>
      ))}
    </ul>
  );
}
