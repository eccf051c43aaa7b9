"use client";
// Approve or reject one pending change. Approving names the fingerprint of what this page showed, so nothing
// else can be approved by it; rejecting needs a reason, which the proposer sees.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { reviewChangeAction } from "@/lib/actions/cases/case-actions";

/** children: extra choices that go with approving, such as the release-demands offer. */
export function ReviewForm({
  changeId,
  seenHash,
  own,
  children,
}: {
  changeId: string;
  seenHash: string;
  own: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("Editor");
  const v = useTranslations("Validation");
  const confirm = useTranslations("ConfirmDialog");
  const [approval, approve, approving] = useActionState(reviewChangeAction, null);
  const [rejection, reject, rejecting] = useActionState(reviewChangeAction, null);
  if (own) return <p className="text-sm text-slate-600">{t("ownChangeNote")}</p>;
  const reasonId = `reason-${changeId}`;
  const reasonErrors = rejection && !rejection.ok ? rejection.fieldErrors.reason : undefined;
  return (
    <div className="grid gap-2">
      <form action={approve} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="changeId" value={changeId} />
        <input type="hidden" name="seenHash" value={seenHash} />
        {children}
        <button
          type="submit"
          name="decision"
          value="approve"
          disabled={approving || rejecting}
          className="rounded bg-green-800 px-3 py-1.5 text-white"
        >
          {t("approve")}
        </button>
      </form>
      <FormStatus
        result={approval}
        success={approval?.ok && approval.data.state === "OUTDATED" ? t("sentBack") : t("approved")}
      />
      <details>
        <summary className="cursor-pointer text-sm">{t("rejectWithReason")}</summary>
        <form action={reject} className="mt-2 grid max-w-xl gap-2">
          <input type="hidden" name="changeId" value={changeId} />
          <label htmlFor={reasonId} className="text-sm font-medium">
            {t("rejectReason")}
          </label>
          <textarea
            id={reasonId}
            name="reason"
            required
            maxLength={2000}
            rows={3}
            aria-invalid={reasonErrors ? true : undefined}
            aria-describedby={reasonErrors ? `${reasonId}-error` : undefined}
            className="rounded border border-slate-400 px-2 py-1.5"
          />
          {reasonErrors && (
            <p id={`${reasonId}-error`} className="text-sm text-red-800">
              {reasonErrors.map((k) => (v.has(k as never) ? v(k as never) : k)).join(" ")}
            </p>
          )}
          <div>
            <ConfirmSubmitButton
              name="decision"
              value="reject"
              tone="plain"
              pendingLabel={t("saving")}
              title={confirm("rejectTitle")}
              body={confirm("rejectBody")}
              confirmLabel={confirm("rejectConfirm")}
            >
              {t("reject")}
            </ConfirmSubmitButton>
          </div>
        </form>
      </details>
      <FormStatus result={rejection} success={t("rejected")} />
    </div>
  );
}
