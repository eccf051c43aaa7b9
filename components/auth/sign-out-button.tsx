"use client";
// Ends the session and returns to the public site.
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("Auth");
  const locale = useLocale();
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: `/${locale}` })} className="text-blue-800 underline">
      {t("signOut")}
    </button>
  );
}
