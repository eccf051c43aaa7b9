"use client";
// Submits every selected case for publication, after a confirmation that says how many.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { publishCasesAction } from "@/lib/actions/cases/bulk-case-actions";
import { ZBulkPublishSchema } from "@/lib/validations/bulk-cases";
import { BulkFormError } from "./bulk-form-error";
import { BulkResults } from "./bulk-results";
import { SelectedCaseInputs, type SelectedCase } from "./selected-case-inputs";

type Props = { selected: SelectedCase[]; onDone: () => void };

export function BulkPublishForm({ selected, onDone }: Props) {
  const t = useTranslations("BulkCases");
  const form = useFormAction(ZBulkPublishSchema, publishCasesAction, { onSuccess: onDone });
  const count = selected.length;
  return (
    <ActionForm form={form} className="grid content-start gap-3" aria-label={t("publishLabel")}>
      <SelectedCaseInputs cases={selected} />
      <p className="text-sm text-slate-700">{t("publishHint")}</p>
      <div>
        {count === 0 ? (
          // Nothing to confirm: sending says at once that no case is selected.
          <SubmitButton tone="plain" pendingLabel={t("working")}>
            {t("publish")}
          </SubmitButton>
        ) : (
          <ConfirmSubmitButton
            tone="plain"
            pendingLabel={t("working")}
            title={t("publishTitle", { count })}
            body={t("publishBody", { count })}
            confirmLabel={t("publishConfirm", { count })}
          >
            {t("publish")}
          </ConfirmSubmitButton>
        )}
      </div>
      <BulkFormError result={form.result} />
      {form.result?.ok && <BulkResults outcomes={form.result.data} kind="publish" />}
    </ActionForm>
  );
}
