// /dashboard/account: the signed-in user's two-factor sign-in.
import { getTranslations } from "next-intl/server";
import { TotpDisableForm } from "@/components/editor/totp-disable-form";
import { TotpEnrolment } from "@/components/editor/totp-enrolment";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import { editorPageMetadata } from "@/lib/i18n/editor-page-metadata";

export const generateMetadata = editorPageMetadata("navAccount");

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const user = await requirePageUser(await resolveLocale(params));
  const t = await getTranslations("Editor");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("navAccount")}</h1>
      <p className="mb-4">{user.email}</p>
      <h2 className="mb-2 text-xl font-semibold">{t("totpHeading")}</h2>
      <TotpEnrolment enabled={user.totpEnabled} />
      {user.totpEnabled && (
        <div className="mt-8">
          <TotpDisableForm />
        </div>
      )}
    </>
  );
}
