"use client";
// Delete a case, or restore it (admins). Deleting a published case while four-eyes publishing is on asks a second
// editor to approve its removal; the optional reason is shown to them. The dialog says what deleting does to this
// case: a draft is on no public page, so it says nothing leaves one. Restoring one comes back as a draft whose
// publication a second person approves.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { SubmitButton } from "@/components/forms/submit-button";
import { deleteCaseAction, restoreCaseAction } from "@/lib/actions/cases/case-actions";

type Props = { caseId: string; deleted: boolean; published: boolean; needsReview: boolean };

export function DeleteRestoreForm({ caseId, deleted, published, needsReview }: Props) {
  const t = useTranslations("Editor");
  const confirm = useTranslations("ConfirmDialog");
  const [deletion, remove] = useActionState(deleteCaseAction, null);
  const [restoration, restore] = useActionState(restoreCaseAction, null);
  const restoredMessage = (result: typeof restoration) => {
    if (!result?.ok || result.data.visibility === "PUBLISHED") return t("restored");
    return result.data.pendingReview ? t("restoredPendingReview") : t("restoredAsDraft");
  };
  if (deleted) {
    return (
      <form action={restore} className="grid gap-2">
        <input type="hidden" name="caseId" value={caseId} />
        <FormStatus result={restoration} success={restoredMessage(restoration)} />
        <div>
          <SubmitButton pendingLabel={t("saving")} tone="plain">
            {t("restore")}
          </SubmitButton>
        </div>
      </form>
    );
  }
  return (
    <form action={remove} className="grid max-w-xl gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      {needsReview && <p className="text-sm text-slate-700">{t("deleteReviewNote")}</p>}
      <label htmlFor="delete-reason" className="text-sm font-medium">
        {t("deleteReason")}
      </label>
      <textarea
        id="delete-reason"
        name="reason"
        maxLength={2000}
        rows={2}
        className="rounded border border-slate-400 px-2 py-1.5"
      />
      <FormStatus
        result={deletion}
        success={deletion?.ok && deletion.data.pendingReview ? t("deletePending") : t("deleted")}
      />
      <div>
        <ConfirmSubmitButton
          pendingLabel={t("saving")}
          title={confirm("deleteCaseTitle")}
          body={confirm(!published ? "deleteCaseBodyDraft" : needsReview ? "deleteCaseBodyReview" : "deleteCaseBody")}
          confirmLabel={confirm("deleteCaseConfirm")}
        >
          {t("delete")}
        </ConfirmSubmitButton>
      </div>
    </form>
  );
}
