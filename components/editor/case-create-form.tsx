"use client";
// A new person and case, saved as a draft with its first status and source.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useUnsavedGuard } from "@/components/forms/use-unsaved-guard";
import { useRouter } from "@/i18n/navigation";
import { createCaseAction } from "@/lib/actions/cases/case-actions";
import { validateLocally } from "@/lib/actions/validate-locally";
import { CaseStatus, PersonRole } from "@/lib/generated/prisma/enums";
import { ZCaseCreateSchema } from "@/lib/validations/case";
import { CitationFields, type SourceChoice } from "./citation-fields";
import { DuplicateWarning } from "./duplicate-warning";

type Props = { countries: { code: string; name: string }[]; sources: SourceChoice[] };

export function CaseCreateForm({ countries, sources }: Props) {
  const t = useTranslations("Editor");
  const statuses = useTranslations("CaseStatus");
  const roles = useTranslations("PersonRole");
  const router = useRouter();
  const guard = useUnsavedGuard();
  const [name, setName] = useState("");
  const [country, setCountry] = useState("");
  const [result, action] = useActionState(
    async (prev: unknown, form: FormData) => validateLocally(ZCaseCreateSchema, form, { arrays: ["roles"] }) ?? createCaseAction(prev, form),
    null,
  );
  useEffect(() => {
    if (result?.ok) {
      guard.markClean();
      router.push(`/dashboard/cases/${result.data.caseId}`);
    }
    // Only a new result should navigate, not a re-render.
  }, [result]);
  const errors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form action={action} {...guard.formProps} className="grid max-w-3xl gap-4">
      <Field name="fullName" label={t("fullName")} hint={t("fullNameHint")} errors={errors.fullName}>
        <input className={inputClass} maxLength={200} required onChange={(e) => setName(e.target.value)} />
      </Field>
      <DuplicateWarning name={name} countryCode={country || undefined} />
      <fieldset>
        <legend className="text-sm font-medium">{t("roles")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {Object.values(PersonRole).map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input type="checkbox" name="roles" value={r} /> {roles(r)}
            </label>
          ))}
        </div>
        {errors.roles && <p className="mt-1 text-sm text-red-800">{t("rolesRequired")}</p>}
      </fieldset>
      <Field name="countryCode" label={t("country")} errors={errors.countryCode}>
        <select className={inputClass} defaultValue="" required onChange={(e) => setCountry(e.target.value)}>
          <option value="" disabled>—</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>{c.name}</option>
          ))}
        </select>
      </Field>
      <Field name="status" label={t("initialStatus")} errors={errors.status}>
        <select className={inputClass} defaultValue="DETAINED">
          {Object.values(CaseStatus).map((s) => (
            <option key={s} value={s}>{statuses(s)}</option>
          ))}
        </select>
      </Field>
      <Field name="when" label={t("statusDate")} hint={t("partialDateHint")} errors={errors.when}>
        <input className={inputClass} maxLength={10} />
      </Field>
      <Field name="note" label={t("note")} errors={errors.note}>
        <textarea className={inputClass} rows={2} maxLength={2000} />
      </Field>
      <CitationFields sources={sources} errors={errors} />
      <FormStatus result={result} success={t("caseCreated")} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("createDraft")}</SubmitButton>
      </div>
    </form>
  );
}
