"use client";
// Approve or reject every pending change of one import. Each reply of the server covers a slice of a few seconds
// of work and names what remains; while something remains the form asks again with the fingerprint of the rest,
// so a large import is worked through with a progress bar. Then the page reloads its list. Either decision asks first,
// saying how many changes it decides: one press may publish thousands of rows.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ConfirmSubmitButton } from "@/components/forms/confirm-submit-button";
import { FormStatus } from "@/components/forms/form-status";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import { reviewImportBatchAction } from "@/lib/actions/cases/import-batch-actions";
import type { ImportBatchReviewOutcome } from "@/lib/server/changes/review-import-batch";

type Totals = Pick<ImportBatchReviewOutcome, "approved" | "rejected" | "sentBack" | "notApplied">;
type Progress = { result: ActionResult<ImportBatchReviewOutcome>; totals: Totals; working: boolean };

const NONE: Totals = { approved: 0, rejected: 0, sentBack: 0, notApplied: 0 };
const add = (t: Totals, d: Totals): Totals => ({
  approved: t.approved + d.approved,
  rejected: t.rejected + d.rejected,
  sentBack: t.sentBack + d.sentBack,
  notApplied: t.notApplied + d.notApplied,
});

function useSlicedReview(seenHash: string) {
  const router = useRouter();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (form: FormData) =>
    startTransition(async () => {
      let seen = seenHash;
      let totals = NONE;
      for (;;) {
        form.set("seenHash", seen);
        const result = await reviewImportBatchAction(null, form);
        if (result.ok) totals = add(totals, result.data);
        const next = result.ok ? result.data.nextSeenHash : null;
        setProgress({ result, totals, working: !!next });
        if (!next) break;
        seen = next;
      }
      router.refresh();
    });
  return { progress, submit, busy: pending };
}

type Props = { batchId: string; seenHash: string; pending: number; own: boolean };

/** Stays on the page after the last change is reviewed (the list reloads under it), so the outcome stays readable. */
export function ImportReviewForm({ batchId, seenHash, pending, own }: Props) {
  const t = useTranslations("Editor");
  const confirm = useTranslations("ConfirmDialog");
  const approval = useSlicedReview(seenHash);
  const rejection = useSlicedReview(seenHash);
  const busy = approval.busy || rejection.busy;
  const outcome = approval.progress ?? rejection.progress;
  if (outcome && !busy) return <ReviewProgress id={batchId} progress={outcome} total={pending} />;
  if (pending === 0) return <p className="italic text-slate-600">{t("importNothingPending")}</p>;
  if (own) return <p className="text-sm text-slate-600">{t("importOwn")}</p>;
  return (
    <div className="grid gap-3">
      <form action={approval.submit} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="batchId" value={batchId} />
        <input type="hidden" name="decision" value="approve" />
        <ConfirmSubmitButton
          tone="approve"
          disabled={busy}
          pendingLabel={t("saving")}
          title={confirm("importApproveTitle", { count: pending })}
          body={confirm("importApproveBody", { count: pending })}
          confirmLabel={confirm("importApproveConfirm", { count: pending })}
        >
          {t("importApproveAll", { count: pending })}
        </ConfirmSubmitButton>
      </form>
      <ReviewProgress id={`approve-${batchId}`} progress={approval.progress} total={pending} busy={approval.busy} />
      <details>
        <summary className="cursor-pointer text-sm">{t("importRejectAll")}</summary>
        <form action={rejection.submit} className="mt-2 grid max-w-xl gap-2">
          <input type="hidden" name="batchId" value={batchId} />
          <input type="hidden" name="decision" value="reject" />
          <label htmlFor={`reason-${batchId}`} className="text-sm font-medium">
            {t("rejectReason")}
          </label>
          <textarea
            id={`reason-${batchId}`}
            name="reason"
            required
            maxLength={2000}
            rows={3}
            className="rounded border border-slate-400 px-2 py-1.5"
          />
          <div>
            <ConfirmSubmitButton
              tone="plain"
              disabled={busy}
              pendingLabel={t("saving")}
              title={confirm("importRejectTitle", { count: pending })}
              body={confirm("importRejectBody", { count: pending })}
              confirmLabel={confirm("importRejectConfirm", { count: pending })}
            >
              {t("reject")}
            </ConfirmSubmitButton>
          </div>
        </form>
      </details>
      <ReviewProgress id={`reject-${batchId}`} progress={rejection.progress} total={pending} busy={rejection.busy} />
    </div>
  );
}

type ProgressProps = { id: string; progress: Progress | null; total: number; busy?: boolean };

/** While working (from the press on, before the first slice replies): a progress bar; then the outcome. */
function ReviewProgress({ id, progress, total, busy = false }: ProgressProps) {
  const t = useTranslations("Editor");
  if (!progress && !busy) return null;
  const totals = progress?.totals ?? NONE;
  const done = totals.approved + totals.rejected + totals.sentBack + totals.notApplied;
  if (busy || !progress || progress.working)
    return (
      <div className="grid gap-1">
        <label htmlFor={`progress-${id}`} className="text-sm">
          {t("importReviewing", { done, total })}
        </label>
        <progress id={`progress-${id}`} max={total} value={done} className="w-full max-w-xl" />
      </div>
    );
  return <FormStatus result={progress.result} success={t("importReviewed", totals)} />;
}
