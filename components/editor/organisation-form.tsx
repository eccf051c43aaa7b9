"use client";
// Admin setting: who runs this instance (name, logo, contact line, default introduction), shown on the About page.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { setOrganisationAction } from "@/lib/actions/settings/organisation-actions";
import { LOGO_TYPES, MAX_LOGO_BYTES } from "@/lib/organisation/logo-image";
import { ORGANISATION_LIMITS } from "@/lib/validations/organisation";

type Props = { name: string; contact: string; introduction: string; logoUrl: string | null };

/** A file over the limit is refused here: the server's request size limit would refuse it with no field named. */
function tooLargeLogo(form: FormData): ActionResult<null> | null {
  const file = form.get("logo");
  if (!(file instanceof File) || file.size <= MAX_LOGO_BYTES) return null;
  return {
    ok: false,
    code: "INVALID_INPUT",
    reason: "INVALID_INPUT",
    fieldErrors: { logo: ["logoTooLarge"] },
    details: {},
    at: Date.now(),
  };
}

export function OrganisationForm(props: Props) {
  const t = useTranslations("OrganisationSettings");
  const common = useTranslations("Editor");
  // Controlled, so what was typed survives a refused save (React resets uncontrolled fields after an action).
  const [values, setValues] = useState({ name: props.name, contact: props.contact, introduction: props.introduction });
  const [result, action] = useActionState(
    async (prev: unknown, form: FormData) => tooLargeLogo(form) ?? setOrganisationAction(prev, form),
    null,
  );
  const errors = result && !result.ok ? result.fieldErrors : {};
  const text = (field: keyof typeof values) => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value }),
  });
  return (
    <form action={action} className="grid max-w-xl gap-4">
      <h2 className="text-xl font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <Field name="name" label={t("name")} errors={errors.name}>
        <input className={inputClass} maxLength={ORGANISATION_LIMITS.name} {...text("name")} />
      </Field>
      <Field name="contact" label={t("contact")} hint={t("contactHint")} errors={errors.contact}>
        <input className={inputClass} maxLength={ORGANISATION_LIMITS.contact} {...text("contact")} />
      </Field>
      <Field name="introduction" label={t("introduction")} hint={t("introductionHint")} errors={errors.introduction}>
        <textarea
          className={inputClass}
          rows={5}
          maxLength={ORGANISATION_LIMITS.introduction}
          {...text("introduction")}
        />
      </Field>
      {props.logoUrl && (
        <div>
          <p className="text-sm font-medium">{t("currentLogo")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a small same-site image; next/image adds nothing */}
          <img src={props.logoUrl} alt={t("currentLogo")} className="mt-1 max-h-16 w-auto" />
          <label className="mt-2 flex items-center gap-2 text-sm">
            <input type="checkbox" name="removeLogo" />
            {t("removeLogo")}
          </label>
        </div>
      )}
      <Field name="logo" label={t("logo")} hint={t("logoHint", { kb: MAX_LOGO_BYTES / 1024 })} errors={errors.logo}>
        <input type="file" accept={LOGO_TYPES.join(",")} className="mt-1 block text-sm" />
      </Field>
      <FormStatus result={result} success={common("saved")} />
      <div>
        <SubmitButton pendingLabel={common("saving")}>{common("save")}</SubmitButton>
      </div>
    </form>
  );
}
