// /sign-in: staff sign-in.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage() {
  const t = await getTranslations("Auth");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("signInTitle")}</h1>
      <SignInForm />
    </>
  );
}
