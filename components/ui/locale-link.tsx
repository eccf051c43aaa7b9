// A link within the site in the page's language, as a plain <a>: a full page load, which the whole-page cache
// answers, and no router code shipped to the browser. For the public pages' chrome (docs/caching.md).
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";

type Props = Omit<ComponentProps<"a">, "href"> & { href: string };

export function LocaleLink({ href, ...rest }: Props) {
  const locale = useLocale();
  return <a href={`/${locale}${href === "/" ? "" : href}`} {...rest} />;
}
