"use client";
// Links to the current page in each interface language, keeping the query string. The locale is the path's
// first segment, so switching swaps it; the labels come from the server (site-header.tsx).
import { usePathname, useSearchParams } from "next/navigation";

type Props = { current: string; locales: readonly { code: string; name: string }[]; label: string };

export function LanguageSwitcher({ current, locales, label }: Props) {
  const rest = usePathname().split("/").slice(2).join("/");
  const search = useSearchParams().toString();
  const hrefFor = (locale: string) => `/${locale}${rest ? `/${rest}` : ""}${search ? `?${search}` : ""}`;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {locales.map(({ code, name }) => (
          <li key={code}>
            {code === current ? (
              <span aria-current="true" className="font-semibold" lang={code}>
                {name}
              </span>
            ) : (
              <a href={hrefFor(code)} hrefLang={code} lang={code} className="text-blue-800 underline">
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
