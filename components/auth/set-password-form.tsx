"use client";
// Sets a password from an invitation or a reset link.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/i18n/navigation";
import { redeemTokenAction } from "@/lib/actions/users/user-actions";

export function SetPasswordForm({ token, askName }: { token: string; askName: boolean }) {
  const t = useTranslations("Auth");
  const editor = useTranslations("Editor");
  const [result, action] = useActionState(redeemTokenAction, null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  if (result?.ok) {
    return (
      <div className="grid gap-3">
        <FormStatus result={result} success={t("passwordSaved", { email: result.data.email })} />
        <Link href="/sign-in" className="text-blue-800 underline">
          {t("goToSignIn")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="grid max-w-sm gap-4">
      <input type="hidden" name="token" value={token} />
      {askName && (
        <Field name="name" label={t("name")} errors={errors.name}>
          <input className={inputClass} maxLength={200} required />
        </Field>
      )}
      <Field name="password" label={t("password")} errors={errors.password}>
        <input className={inputClass} type="password" autoComplete="new-password" required />
      </Field>
      <Field name="confirm" label={t("confirm")} errors={errors.confirm}>
        <input className={inputClass} type="password" autoComplete="new-password" required />
      </Field>
      <FormStatus result={result} success="" />
      <div>
        <SubmitButton pendingLabel={editor("saving")}>{t("savePassword")}</SubmitButton>
      </div>
    </form>
  );
}
