"use client";
// Asks for a draft to be published, with the consent confirmation the rules require.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { publishCaseAction } from "@/lib/actions/cases/case-actions";
import type { ConsentStatus } from "@/lib/generated/prisma/enums";

export function PublishForm({ caseId, version, consent }: { caseId: string; version: number; consent: ConsentStatus }) {
  const t = useTranslations("Editor");
  const [result, action] = useActionState(publishCaseAction, null);
  return (
    <form action={action} className="grid gap-3 rounded border border-slate-200 p-4">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      {consent === "NO" && <p className="text-red-800">{t("consentNoBlocks")}</p>}
      {consent === "UNKNOWN" && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirmUnknownConsent" className="mt-1" />
          <span>{t("confirmUnknownConsent")}</span>
        </label>
      )}
      <FormStatus
        result={result}
        success={result?.ok && result.data.pendingReview ? t("publishPending") : t("published")}
      />
      <div>
        <SubmitButton pendingLabel={t("saving")}>{t("publish")}</SubmitButton>
      </div>
    </form>
  );
}
