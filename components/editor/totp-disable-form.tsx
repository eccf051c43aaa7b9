"use client";
// Turns two-factor sign-in off, with the current password and a current code as proof.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { disableTotpAction } from "@/lib/actions/users/user-actions";
import { MAX_CODE_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/auth/limits";

export function TotpDisableForm() {
  const t = useTranslations("Editor");
  const [result, action] = useActionState(disableTotpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  if (result?.ok) return <FormStatus result={result} success={t("totpDisabled")} />;
  return (
    <form action={action} className="grid max-w-md gap-3">
      <h3 className="text-lg font-semibold">{t("totpDisableHeading")}</h3>
      <p>{t("totpDisableIntro")}</p>
      <Field name="currentPassword" label={t("totpCurrentPassword")} errors={errors.currentPassword}>
        <input
          className={inputClass}
          type="password"
          autoComplete="current-password"
          maxLength={MAX_PASSWORD_LENGTH}
          required
        />
      </Field>
      <Field name="currentCode" label={t("totpCurrentCode")} errors={errors.currentCode}>
        <input className={inputClass} autoComplete="one-time-code" maxLength={MAX_CODE_LENGTH} required />
      </Field>
      <FormStatus result={result} success={t("totpDisabled")} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("totpDisable")}</SubmitButton>
      </div>
    </form>
  );
}
