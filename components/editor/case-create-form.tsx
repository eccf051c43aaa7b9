"use client";
// A new person and case, saved as a draft with its first status and source.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CountryOptions } from "@/components/editor/choice-options";
import { Field, inputClass } from "@/components/forms/field";
import { ActionForm } from "@/components/forms/action-form";
import { FormStatus } from "@/components/forms/form-status";
import { QuoteCheckNote } from "./quote-check-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { KeptCheckbox } from "@/components/forms/submitted-values";
import { useFormAction } from "@/components/forms/use-form-action";
import { useRouter } from "@/i18n/navigation";
import { createCaseAction } from "@/lib/actions/cases/case-actions";
import { PersonRole } from "@/lib/generated/prisma/enums";
import { ZCaseCreateSchema } from "@/lib/validations/case";
import type { SourceChoice } from "./citation-fields";
import { StatusFields } from "./status-fields";
import { DuplicateWarning } from "./duplicate-warning";

type Props = { countries: { code: string; name: string }[]; sources: SourceChoice[] };

export function CaseCreateForm({ countries, sources }: Props) {
  const t = useTranslations("Editor");
  const roles = useTranslations("PersonRole");
  const router = useRouter();
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const form = useFormAction(ZCaseCreateSchema, createCaseAction, {
    onSuccess: (data) => router.push(`/dashboard/cases/${data.caseId}`),
  });
  const { result, errors } = form;
  return (
    <ActionForm form={form} className="grid max-w-3xl gap-4">
      <Field name="fullName" label={t("fullName")} hint={t("fullNameHint")} errors={errors.fullName}>
        <input className={inputClass} maxLength={200} required onChange={(e) => setName(e.target.value)} />
      </Field>
      <DuplicateWarning name={name} countryCode={country || undefined} />
      <fieldset>
        <legend className="text-sm font-medium">{t("roles")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {Object.values(PersonRole).map((r) => (
            <label key={r} className="flex items-center gap-2">
              <KeptCheckbox name="roles" value={r} /> {roles(r)}
            </label>
          ))}
        </div>
        {errors.roles && <p className="mt-1 text-sm text-red-800">{t("rolesRequired")}</p>}
      </fieldset>
      <Field name="countryCode" label={t("country")} errors={errors.countryCode}>
        <select className={inputClass} defaultValue="" required onChange={(e) => setCountry(e.target.value)}>
          <option value="" disabled>
            —
          </option>
          <CountryOptions countries={countries} />
        </select>
      </Field>
      <StatusFields name="status" label={t("initialStatus")} initial="DETAINED" sources={sources} errors={errors} />
      <FormStatus result={result} success={t("caseCreated")} />
      <QuoteCheckNote quoteFound={result?.ok ? result.data.quoteFound : null} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("createDraft")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
