// A visible link to the Atom feed that follows this page's status changes.
import { useLocale, useTranslations } from "next-intl";

export function FeedLink({ query }: { query: string }) {
  const t = useTranslations("Feeds");
  return (
    <a
      href={`/api/feeds?${query}&locale=${useLocale()}`}
      type="application/atom+xml"
      className="text-sm text-blue-800 underline print:hidden"
    >
      {t("follow")}
    </a>
  );
}
