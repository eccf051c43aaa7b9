"use client";
// Removes a record, through review when the public would notice; caseId names the case a shared charge leaves.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { deleteRecordAction } from "@/lib/actions/records/record-actions";

export function RemoveRecordForm({
  type,
  id,
  seen,
  caseId,
}: {
  type: string;
  id: string;
  seen: string;
  caseId?: string;
}) {
  const t = useTranslations("Records");
  const editor = useTranslations("Editor");
  const confirm = useTranslations("ConfirmDialog");
  const [result, action] = useActionState(deleteRecordAction, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="seen" value={seen} />
      {caseId && <input type="hidden" name="caseId" value={caseId} />}
      <FormStatus
        result={result}
        success={result?.ok && result.data.pendingReview ? editor("savedPending") : t("removed")}
      />
      <div>
        <ConfirmSubmitButton
          pendingLabel={editor("saving")}
          title={confirm("removeRecordTitle", { type: t(`type.${type}` as never) })}
          body={confirm("removeRecordBody")}
          confirmLabel={confirm("removeRecordConfirm")}
        >
          {t("remove")}
        </ConfirmSubmitButton>
      </div>
    </form>
  );
}
