// The site's top bar with its main navigation and the language switcher.
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { HeaderSearch } from "@/components/search/header-search";
import { LOCALE_NAMES, routing } from "@/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("Site");
  const locale = useLocale();
  const locales = routing.locales.map((code) => ({ code, name: LOCALE_NAMES[code] }));
  const nav = [
    { href: "/cases", label: t("navCases") },
    { href: "/countries", label: t("navCountries") },
    { href: "/statistics", label: t("navStatistics") },
    { href: "/api-docs", label: t("navApi") },
  ];
  return (
    <header className="border-b border-slate-200 bg-brand-50 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand-700">
          {t("name")}
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex gap-4">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-slate-800 underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <HeaderSearch />
          <Suspense>
            <LanguageSwitcher current={locale} locales={locales} label={t("language")} />
          </Suspense>
        </div>
      </div>
    </header>
  );
}
