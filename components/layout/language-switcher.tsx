"use client";
// Links to the current page in each interface language, keeping the query string.
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { LOCALE_NAMES, routing } from "@/i18n/routing";

export function LanguageSwitcher() {
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const t = useTranslations("Site");
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={t("language")}>
      <ul className="flex gap-3 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="font-semibold" lang={locale}>{LOCALE_NAMES[locale]}</span>
            ) : (
              <Link href={href} locale={locale} hrefLang={locale} lang={locale} className="text-blue-800 underline">
                {LOCALE_NAMES[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
