// /dashboard/reviews: every change waiting for a second person's approval, and the latest emergency takedowns.
import { getTranslations } from "next-intl/server";
import { PendingChangeList } from "@/components/editor/pending-change-list";
import { TakedownList } from "@/components/editor/takedown-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { listTakedowns } from "@/lib/server/changes/list-takedowns";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navReviews");

export default async function ReviewsPage({ params }: { params: Promise<{ locale: string }> }) {
  const user = await requirePageUser(await resolveLocale(params));
  const t = await getTranslations("Editor");
  const [changes, takedowns] = await Promise.all([listPendingChanges(), listTakedowns()]);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navReviews")}</h1>
      <PendingChangeList changes={changes} currentUserId={user.id} />
      <section className="mt-10" aria-labelledby="takedowns-heading">
        <h2 id="takedowns-heading" className="mb-2 text-xl font-semibold">
          {t("takedownsHeading")}
        </h2>
        <TakedownList takedowns={takedowns} />
      </section>
    </>
  );
}
