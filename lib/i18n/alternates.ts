// hreflang alternates for a page: the same path in every interface language.
import type { Metadata } from "next";
import { routing } from "@/i18n/routing";

export function localeAlternates(locale: string, path: string): Metadata["alternates"] {
  const suffix = path === "/" ? "" : path;
  return {
    canonical: `/${locale}${suffix}`,
    languages: Object.fromEntries([
      ...routing.locales.map((l) => [l, `/${l}${suffix}`]),
      ["x-default", `/${routing.defaultLocale}${suffix}`],
    ]),
  };
}
