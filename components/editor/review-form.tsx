"use client";
// Approve or reject one pending change.
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { reviewChangeAction } from "@/lib/actions/cases/case-actions";

/** children: extra choices that go with the decision, such as the release-demands offer. */
export function ReviewForm({ changeId, own, children }: { changeId: string; own: boolean; children?: ReactNode }) {
  const t = useTranslations("Editor");
  const [result, action, pending] = useActionState(reviewChangeAction, null);
  if (own) return <p className="text-sm text-slate-600">{t("ownChangeNote")}</p>;
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="changeId" value={changeId} />
      {children}
      <button type="submit" name="decision" value="approve" disabled={pending} className="rounded bg-green-800 px-3 py-1.5 text-white">
        {t("approve")}
      </button>
      <button type="submit" name="decision" value="reject" disabled={pending} className="rounded border border-slate-400 px-3 py-1.5">
        {t("reject")}
      </button>
      <FormStatus result={result} success={result?.ok && result.data.state === "APPROVED" ? t("approved") : t("rejected")} />
    </form>
  );
}
