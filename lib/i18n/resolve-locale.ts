// Narrows the [locale] route segment to a supported locale; the layout has already 404ed anything else.
import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";

export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}
