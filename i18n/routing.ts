// The interface languages and how they appear in URLs. To add Kazakh, Kyrgyz, Tajik or Uzbek,
// add its code here and a complete messages/<code>.json; the message tests then hold it to English.
import { defineRouting } from "next-intl/routing";

export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский" };

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
});
