// /dashboard/users: accounts, for admins.
import { getTranslations } from "next-intl/server";
import { InviteForm, UserList } from "@/components/editor/users-admin";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { listUsers } from "@/lib/server/users/list-users";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navUsers", { adminOnly: true });

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  await requirePageUser(await resolveLocale(params), true);
  const t = await getTranslations("Editor");
  const users = await listUsers();
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navUsers")}</h1>
      <h2 className="mb-2 text-xl font-semibold">{t("invite")}</h2>
      <InviteForm />
      <h2 className="mb-2 mt-6 text-xl font-semibold">{t("accounts")}</h2>
      <UserList users={users} />
    </>
  );
}
