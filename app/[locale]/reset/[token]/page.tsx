// /reset/[token]: set a password from a one-time link.
import { getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("setPasswordTitle")}</h1>
      <SetPasswordForm token={token} askName={false} />
    </>
  );
}
