"use client";
// Staff sign-in through Auth.js. The second-factor field appears when the account needs it.
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { useRouter } from "@/i18n/navigation";
import { MAX_CODE_LENGTH, MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from "@/lib/auth/limits";

const REASONS = {
  invalid: "invalid",
  locked: "locked",
  "second-factor-required": "secondFactorRequired",
  "second-factor-invalid": "secondFactorInvalid",
  "too-long": "tooLong",
  unavailable: "unavailable",
} as const;

export function SignInForm() {
  const t = useTranslations("Auth");
  const router = useRouter();
  const [error, setError] = useState<(typeof REASONS)[keyof typeof REASONS] | null>(null);
  const [needsCode, setNeedsCode] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const form = new FormData(event.currentTarget);
    const response = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""),
    });
    setPending(false);
    if (response?.ok && !response.error) {
      router.push("/dashboard");
      router.refresh();
      return;
    }
    // Only codes this form knows are shown; anything else reads as a failed sign-in.
    const reason = Object.hasOwn(REASONS, response?.error ?? "")
      ? REASONS[response!.error as keyof typeof REASONS]
      : "invalid";
    if (reason === "secondFactorRequired" || reason === "secondFactorInvalid") setNeedsCode(true);
    setError(reason);
  }

  return (
    <form onSubmit={submit} className="grid max-w-sm gap-4">
      <Field name="email" label={t("email")}>
        <input className={inputClass} type="email" autoComplete="username" maxLength={MAX_EMAIL_LENGTH} required />
      </Field>
      <Field name="password" label={t("password")}>
        <input
          className={inputClass}
          type="password"
          autoComplete="current-password"
          maxLength={MAX_PASSWORD_LENGTH}
          required
        />
      </Field>
      {needsCode && (
        <Field name="code" label={t("code")}>
          <input className={inputClass} autoComplete="one-time-code" maxLength={MAX_CODE_LENGTH} autoFocus />
        </Field>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(error)}
        </p>
      )}
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
          {pending ? t("signingIn") : t("signIn")}
        </button>
      </div>
    </form>
  );
}
