// The site footer: what the data is and where it comes from.
import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Site");
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-6">{t("footer")}</div>
    </footer>
  );
}
