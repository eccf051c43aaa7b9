"use client";
// The editors' "letters not advised" switch on the staff case page: it hides the public letter-writing pack at once
// (see lib/server/cases/set-letters-not-advised.ts for why it needs no review).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { setLettersNotAdvisedAction } from "@/lib/actions/cases/letters-actions";

export function LettersAdviceForm({ caseId, lettersNotAdvised }: { caseId: string; lettersNotAdvised: boolean }) {
  const t = useTranslations("Letters");
  const [result, action] = useActionState(setLettersNotAdvisedAction, null);
  const saved = result?.ok ? result.data.lettersNotAdvised : lettersNotAdvised;
  return (
    <form action={action} className="grid max-w-xl gap-2">
      <input type="hidden" name="caseId" value={caseId} />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="lettersNotAdvised"
          defaultChecked={lettersNotAdvised}
          aria-describedby="letters-advice-hint"
          className="mt-1"
        />
        <span>{t("notAdvised")}</span>
      </label>
      <p id="letters-advice-hint" className="text-sm text-slate-700">
        {t("notAdvisedHint")}
      </p>
      <FormStatus result={result} success={saved ? t("savedNotAdvised") : t("savedAdvised")} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
