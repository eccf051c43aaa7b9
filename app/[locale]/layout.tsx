// The page frame for every language. Public data is read per request, never frozen at build time.
import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ErrorStringsProvider } from "@/components/layout/error-strings";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { resolveLocale } from "@/lib/i18n/resolve-locale";
import "../globals.css";

export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("defaultTitle"), template: `%s · ${t("name")}` },
    description: t("defaultDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Site");
  const errors = await getTranslations("Errors");
  const errorStrings = {
    errorTitle: errors("errorTitle"),
    errorBody: errors("errorBody"),
    tryAgain: errors("tryAgain"),
    home: errors("home"),
    homeHref: `/${locale}`,
  };
  // No NextIntlClientProvider here: public pages ship no message catalogue. The editors' area, the account
  // pages and the few public pages with translated client components wrap themselves (ClientMessages).
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900">
        <ErrorStringsProvider strings={errorStrings}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </ErrorStringsProvider>
      </body>
    </html>
  );
}
