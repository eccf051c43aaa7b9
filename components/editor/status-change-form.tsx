"use client";
// The "change status" action: new status, when, a note, and the source that says so.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { KeptCheckbox } from "@/components/forms/submitted-values";
import { useFormAction } from "@/components/forms/use-form-action";
import { changeStatusAction } from "@/lib/actions/cases/case-actions";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { ZStatusChangeSchema } from "@/lib/validations/case";
import type { SourceChoice } from "./citation-fields";
import { QuoteCheckNote } from "./quote-check-note";
import { StatusFields } from "./status-fields";

type Props = { caseId: string; version: number; current: CaseStatus; sources: SourceChoice[] };

export function StatusChangeForm({ caseId, version, current, sources }: Props) {
  const t = useTranslations("Editor");
  const form = useFormAction(ZStatusChangeSchema, changeStatusAction);
  const { result, errors } = form;
  return (
    <ActionForm form={form} className="grid max-w-3xl gap-4">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <StatusFields name="toStatus" label={t("newStatus")} initial={current} sources={sources} errors={errors} />
      <label className="flex items-start gap-2">
        <KeptCheckbox name="meetReleaseDemands" className="mt-1" aria-describedby="meet-release-demands-hint" />
        <span>
          {t("meetReleaseDemands")}
          <span id="meet-release-demands-hint" className="block text-xs text-slate-600">
            {t("meetReleaseDemandsHint")}
          </span>
        </span>
      </label>
      <FormStatus
        result={result}
        success={result?.ok && result.data.pendingReview ? t("statusPending") : t("statusSaved")}
      />
      <QuoteCheckNote quoteFound={result?.ok ? result.data.quoteFound : null} />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("saveStatus")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
