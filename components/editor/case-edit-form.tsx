"use client";
// Edits a case's facts and staff-only fields. Carries the version it was loaded at, so a stale save is refused.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CountryOptions } from "@/components/editor/choice-options";
import { Field, inputClass } from "@/components/forms/field";
import { ActionForm } from "@/components/forms/action-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateCaseAction } from "@/lib/actions/cases/case-actions";
import { ConsentStatus } from "@/lib/generated/prisma/enums";
import { ZCaseUpdateSchema } from "@/lib/validations/case";
import type { CaseEditValues } from "@/lib/cases/case-form-values";
import { CitationFields, type SourceChoice } from "./citation-fields";
import { QuoteCheckNote } from "./quote-check-note";

type Props = { values: CaseEditValues; countries: { code: string; name: string }[]; sources: SourceChoice[] };

export function CaseEditForm({ values, countries, sources }: Props) {
  const t = useTranslations("Editor");
  const consents = useTranslations("ConsentStatus");
  const [version, setVersion] = useState(values.version);
  const form = useFormAction(ZCaseUpdateSchema, updateCaseAction, {
    onSuccess: (data) => setVersion(data.version),
  });
  const { result, errors } = form;
  const text = (name: keyof CaseEditValues, label: string, rows = 0, hint?: string) => (
    <Field name={name} label={label} hint={hint} errors={errors[name]}>
      {rows > 0 ? (
        <textarea className={inputClass} rows={rows} defaultValue={String(values[name] ?? "")} maxLength={10_000} />
      ) : (
        <input className={inputClass} defaultValue={String(values[name] ?? "")} maxLength={500} />
      )}
    </Field>
  );
  return (
    <ActionForm form={form} className="grid max-w-3xl gap-4" aria-label={t("editCase")}>
      <input type="hidden" name="caseId" value={values.caseId} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="grid gap-3 rounded border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t("publicFacts")}</legend>
        <Field name="countryCode" label={t("country")} errors={errors.countryCode}>
          <select className={inputClass} defaultValue={values.countryCode}>
            <CountryOptions countries={countries} />
          </select>
        </Field>
        {text("arrest", t("arrestDate"), 0, t("partialDateHint"))}
        {text("conviction", t("convictionDate"), 0, t("partialDateHint"))}
        {text("release", t("releaseDate"), 0, t("partialDateHint"))}
        {text("sentence", t("sentence"))}
        {text("facility", t("facility"))}
        {text("summary", t("summary"), 4)}
        <CitationFields sources={sources} errors={errors} optional />
      </fieldset>
      <fieldset className="grid gap-3 rounded border border-amber-300 bg-amber-50 p-4">
        <legend className="px-1 font-semibold">{t("confidential")}</legend>
        <p className="text-sm">{t("confidentialHint")}</p>
        {text("internalNotes", t("internalNotes"), 3)}
        {text("contactDetails", t("contactDetails"), 2)}
        {text("familyDetails", t("familyDetails"), 2)}
        {text("riskNote", t("riskNote"), 2)}
        <Field name="consentStatus" label={t("consent")} errors={errors.consentStatus}>
          <select className={inputClass} defaultValue={values.consentStatus}>
            {Object.values(ConsentStatus).map((c) => (
              <option key={c} value={c}>
                {consents(c)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      <FormStatus result={result} success={result?.ok && result.data.pendingReview ? t("savedPending") : t("saved")} />
      <QuoteCheckNote quoteFound={result?.ok ? result.data.quoteFound : null} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
