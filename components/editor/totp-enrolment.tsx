"use client";
// Two-factor enrolment: show a secret to add to an authenticator app, confirm a code, show recovery codes once.
// Replacing a second factor that is on also asks for the current password and a current code.
import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { beginTotpAction, confirmTotpAction } from "@/lib/actions/users/user-actions";
import { MAX_CODE_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/auth/limits";

export function TotpEnrolment({ enabled }: { enabled: boolean }) {
  const t = useTranslations("Editor");
  const [setup, setSetup] = useState<{ secret: string; uri: string; qr: string } | null>(null);
  const [starting, startTransition] = useTransition();
  const [result, action] = useActionState(confirmTotpAction, null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  if (result?.ok) {
    return (
      <div className="grid gap-3">
        <FormStatus result={result} success={t("totpEnabled")} />
        <p>{t("recoveryCodesIntro")}</p>
        <ul className="grid grid-cols-2 gap-1 font-mono" aria-label={t("recoveryCodes")}>
          {result.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <p>{enabled ? t("totpOn") : t("totpOff")}</p>
      {!setup ? (
        <div>
          <button
            type="button"
            disabled={starting}
            className="rounded bg-brand-700 px-4 py-2 text-white"
            onClick={() =>
              startTransition(async () => {
                const started = await beginTotpAction();
                if (started.ok) setSetup(started.data);
              })
            }
          >
            {enabled ? t("totpReset") : t("totpStart")}
          </button>
        </div>
      ) : (
        <form action={action} className="grid max-w-md gap-3">
          <p>{t("totpScan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
          <img
            src={setup.qr}
            alt={t("totpQrAlt")}
            width={192}
            height={192}
            className="bg-white"
            data-testid="totp-qr"
          />
          <p className="break-all rounded bg-slate-100 p-2 font-mono" data-testid="totp-secret">
            {setup.secret}
          </p>
          <p className="break-all text-xs text-slate-600">{setup.uri}</p>
          <Field name="code" label={enabled ? t("totpNewCode") : t("totpCode")} errors={errors.code}>
            <input className={inputClass} inputMode="numeric" autoComplete="off" maxLength={6} required />
          </Field>
          {enabled && (
            <>
              <p>{t("totpReplaceIntro")}</p>
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
            </>
          )}
          <FormStatus result={result} success={t("totpEnabled")} />
          <div>
            <SubmitButton pendingLabel={t("saving")}>{enabled ? t("totpReplace") : t("totpConfirm")}</SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
