"use client";
// Admin setting: whether published changes need a second person's approval.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { setFourEyesAction } from "@/lib/actions/users/user-actions";

export function FourEyesForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("Editor");
  const [result, action] = useActionState(setFourEyesAction, null);
  return (
    <form action={action} className="grid max-w-xl gap-3">
      <label className="flex items-start gap-2">
        <input type="checkbox" name="enabled" defaultChecked={enabled} className="mt-1" />
        <span>{t("fourEyesLabel")}</span>
      </label>
      <FormStatus result={result} success={t("saved")} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
