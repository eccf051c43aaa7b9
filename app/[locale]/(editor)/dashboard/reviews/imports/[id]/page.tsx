// /dashboard/reviews/imports/[id]: one import's pending changes, a page at a time with the evidence of each, and
// the form that approves or rejects all of them as they were submitted.
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ImportReviewForm } from "@/components/editor/imports/import-review-form";
import { PendingChangeList } from "@/components/editor/pending-change-list";
import { ReviewPages } from "@/components/editor/review-pages";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { isAppError } from "@/lib/errors";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listPendingReviewPage, REVIEW_PAGE_SIZE } from "@/lib/server/changes/list-pending-changes";
import { getPendingImport } from "@/lib/server/changes/list-pending-imports";
import { reviewCursor } from "@/lib/validations/review-cursor";

export const generateMetadata = editorPageMetadata("titleImportReview");

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<TSearchParams> };

export default async function ImportReviewPage({ params, searchParams }: Props) {
  const user = await requirePageUser(await resolveLocale(params));
  const { id } = await params;
  const t = await getTranslations("Editor");
  const batch = await getPendingImport(id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const after = reviewCursor(firstValues(await searchParams).after);
  const page = await listPendingReviewPage({ batchId: batch.id, after });
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t("importTitle", { file: batch.fileName })}</h1>
      <p className="mb-4 max-w-3xl">{t("importIntro", { size: REVIEW_PAGE_SIZE })}</p>
      <div className="mb-6">
        <ImportReviewForm
          batchId={batch.id}
          seenHash={batch.seenHash}
          pending={batch.pending}
          own={batch.createdBy.id === user.id}
        />
      </div>
      <PendingChangeList changes={page.changes} currentUserId={user.id} />
      <ReviewPages path={`/dashboard/reviews/imports/${batch.id}`} after={after} next={page.next} />
    </>
  );
}
