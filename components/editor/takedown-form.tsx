"use client";
// An admin's emergency takedown of a public case: at once, with a required reason that is audited and listed on
// the reviews page.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { takeDownCaseAction } from "@/lib/actions/cases/case-actions";

export function TakedownForm({ caseId }: { caseId: string }) {
  const t = useTranslations("Editor");
  const confirm = useTranslations("ConfirmDialog");
  const [result, action] = useActionState(takeDownCaseAction, null);
  return (
    <form action={action} className="grid max-w-xl gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <p className="text-sm text-slate-700">{t("takedownHint")}</p>
      <label htmlFor="takedown-reason" className="text-sm font-medium">
        {t("takedownReason")}
      </label>
      <textarea
        id="takedown-reason"
        name="reason"
        required
        maxLength={2000}
        rows={2}
        className="rounded border border-slate-400 px-2 py-1.5"
      />
      <FormStatus result={result} success={t("takedownDone")} />
      <div>
        <ConfirmSubmitButton
          pendingLabel={t("saving")}
          title={confirm("takedownTitle")}
          body={confirm("takedownBody")}
          confirmLabel={confirm("takedownConfirm")}
        >
          {t("takedownButton")}
        </ConfirmSubmitButton>
      </div>
    </form>
  );
}
