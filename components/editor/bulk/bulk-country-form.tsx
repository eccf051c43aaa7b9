"use client";
// Changes the country of every selected case, with one existing source and one quote cited for each, after a
// confirmation that says how many. Only the country is offered: see lib/server/cases/bulk/change-cases-country.ts.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CountryOptions, SourceOptions } from "@/components/editor/choice-options";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field, inputClass } from "@/components/forms/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { SourceChoice } from "@/components/editor/citation-fields";
import { changeCasesCountryAction } from "@/lib/actions/cases/bulk-case-actions";
import { ZBulkCountrySchema } from "@/lib/validations/bulk-cases";
import { BulkFormError } from "./bulk-form-error";
import { BulkResults } from "./bulk-results";
import { SelectedCaseInputs, type SelectedCase } from "./selected-case-inputs";

type Props = {
  selected: SelectedCase[];
  countries: { code: string; name: string }[];
  sources: SourceChoice[];
  onDone: () => void;
};

export function BulkCountryForm({ selected, countries, sources, onDone }: Props) {
  const t = useTranslations("BulkCases");
  const editor = useTranslations("Editor");
  const form = useFormAction(ZBulkCountrySchema, changeCasesCountryAction, { onSuccess: onDone });
  const [country, setCountry] = useState("");
  const { errors } = form;
  const count = selected.length;
  const countryLabel = countries.find((c) => c.code === country)?.name ?? "";
  return (
    <ActionForm form={form} className="grid content-start gap-3" aria-label={t("countryLabel")}>
      <SelectedCaseInputs cases={selected} />
      <p className="text-sm text-slate-700">{t("countryHint")}</p>
      <Field name="countryCode" label={t("newCountry")} errors={errors.countryCode}>
        <select className={inputClass} required defaultValue="" onChange={(e) => setCountry(e.target.value)}>
          <option value="">{t("chooseCountry")}</option>
          <CountryOptions countries={countries} />
        </select>
      </Field>
      <Field name="sourceId" label={editor("existingSource")} hint={t("sourceHint")} errors={errors.sourceId}>
        <select className={inputClass} required defaultValue="">
          <option value="">{t("chooseSource")}</option>
          <SourceOptions sources={sources} />
        </select>
      </Field>
      <Field name="quote" label={editor("quote")} hint={t("quoteHint")} errors={errors.quote}>
        <textarea className={inputClass} rows={3} maxLength={5000} required />
      </Field>
      <div>
        {count === 0 ? (
          // Nothing to confirm: sending says at once that no case is selected.
          <SubmitButton tone="plain" pendingLabel={t("working")}>
            {t("changeCountry")}
          </SubmitButton>
        ) : (
          <ConfirmSubmitButton
            tone="plain"
            pendingLabel={t("working")}
            title={t("countryTitle", { count, country: countryLabel })}
            body={t("countryBody", { count })}
            confirmLabel={t("countryConfirm", { count })}
          >
            {t("changeCountry")}
          </ConfirmSubmitButton>
        )}
      </div>
      <BulkFormError result={form.result} />
      {form.result?.ok && <BulkResults outcomes={form.result.data} kind="country" />}
    </ActionForm>
  );
}
