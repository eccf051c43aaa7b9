"use client";
// The "change status" action: new status, when, a note, and the source that says so.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useUnsavedGuard } from "@/components/forms/use-unsaved-guard";
import { changeStatusAction } from "@/lib/actions/cases/case-actions";
import { validateLocally } from "@/lib/actions/validate-locally";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { ZStatusChangeSchema } from "@/lib/validations/case";
import { CitationFields, type SourceChoice } from "./citation-fields";

type Props = { caseId: string; version: number; current: CaseStatus; sources: SourceChoice[] };

export function StatusChangeForm({ caseId, version, current, sources }: Props) {
  const t = useTranslations("Editor");
  const statuses = useTranslations("CaseStatus");
  const guard = useUnsavedGuard();
  const [result, action] = useActionState(async (prev: unknown, form: FormData) => {
    const invalid = validateLocally(ZStatusChangeSchema, form);
    if (invalid) return invalid;
    const outcome = await changeStatusAction(prev, form);
    if (outcome.ok) guard.markClean();
    return outcome;
  }, null);
  const errors = result && !result.ok ? result.fieldErrors : {};
  return (
    <form action={action} {...guard.formProps} className="grid max-w-3xl gap-4">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <Field name="toStatus" label={t("newStatus")} errors={errors.toStatus}>
        <select className={inputClass} defaultValue={current}>
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
      <FormStatus result={result} success={result?.ok && (result.data as { pendingReview: boolean }).pendingReview ? t("statusPending") : t("statusSaved")} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveStatus")}</SubmitButton>
      </div>
    </form>
  );
}
