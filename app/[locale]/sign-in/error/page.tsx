// /sign-in/error: where Auth.js sends a failed sign-in. It shows one fixed message and never the error
// parameter of its address, which a link from anywhere can set.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Auth" });
  return { title: t("errorTitle"), robots: { index: false } };
}

export default async function SignInErrorPage({ params }: Props) {
  const t = await getTranslations({ locale: await resolveLocale(params), namespace: "Auth" });
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("errorTitle")}</h1>
      <p className="mb-4">{t("errorText")}</p>
      <Link href="/sign-in" className="text-blue-800 underline">
        {t("backToSignIn")}
      </Link>
    </>
  );
}
