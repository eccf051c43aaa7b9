"use client";
// Soft-delete a case, or restore it (admins).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { deleteCaseAction, restoreCaseAction } from "@/lib/actions/cases/case-actions";

export function DeleteRestoreForm({ caseId, deleted }: { caseId: string; deleted: boolean }) {
  const t = useTranslations("Editor");
  const [result, action] = useActionState(deleted ? restoreCaseAction : deleteCaseAction, null);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!deleted && !window.confirm(t("confirmDelete"))) event.preventDefault();
      }}
      className="grid gap-2"
    >
      <input type="hidden" name="caseId" value={caseId} />
      <FormStatus result={result} success={deleted ? t("restored") : t("deleted")} />
      <div>
        <SubmitButton pendingLabel={t("saving")} tone={deleted ? "plain" : "danger"}>
          {deleted ? t("restore") : t("delete")}
        </SubmitButton>
      </div>
    </form>
  );
}
