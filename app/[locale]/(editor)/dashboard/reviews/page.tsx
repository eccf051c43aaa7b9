// /dashboard/reviews: imports waiting for review (one line each), the other changes waiting for a second person's
// approval (a page of them at a time), and the latest emergency takedowns.
import { getTranslations } from "next-intl/server";
import { PendingImportList } from "@/components/editor/imports/pending-import-list";
import { PendingChangeList } from "@/components/editor/pending-change-list";
import { ReviewPages } from "@/components/editor/review-pages";
import { TakedownList } from "@/components/editor/takedown-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { firstValues, type TSearchParams } from "@/lib/http/query-object";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listPendingReviewPage } from "@/lib/server/changes/list-pending-changes";
import { listPendingImports } from "@/lib/server/changes/list-pending-imports";
import { listTakedowns } from "@/lib/server/changes/list-takedowns";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";
import { reviewCursor } from "@/lib/validations/review-cursor";

export const generateMetadata = editorPageMetadata("navReviews");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<TSearchParams> };

export default async function ReviewsPage({ params, searchParams }: Props) {
  const user = await requirePageUser(await resolveLocale(params));
  const t = await getTranslations("Editor");
  const after = reviewCursor(firstValues(await searchParams).after);
  const [imports, page, takedowns] = await Promise.all([
    listPendingImports(),
    listPendingReviewPage({ after }),
    listTakedowns(),
  ]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navReviews")}</h1>
      <PendingImportList imports={imports} />
      {imports.length > 0 && <h2 className="mb-2 text-xl font-semibold">{t("singleChangesHeading")}</h2>}
      <PendingChangeList changes={page.changes} currentUserId={user.id} />
      <ReviewPages path="/dashboard/reviews" after={after} next={page.next} />
      <section className="mt-10" aria-labelledby="takedowns-heading">
        <h2 id="takedowns-heading" className="mb-2 text-xl font-semibold">
          {t("takedownsHeading")}
        </h2>
        <TakedownList takedowns={takedowns} />
      </section>
    </>
  );
}
