// /dashboard/reviews: every change waiting for a second person's approval.
import { getTranslations } from "next-intl/server";
import { PendingChangeList } from "@/components/editor/pending-change-list";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";

export default async function ReviewsPage({ params }: { params: Promise<{ locale: string }> }) {
  const user = await requirePageUser(await resolveLocale(params));
  const t = await getTranslations("Editor");
  const changes = await listPendingChanges();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navReviews")}</h1>
      <PendingChangeList changes={changes} currentUserId={user.id} />
    </>
  );
}
