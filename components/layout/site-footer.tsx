// The site footer: what the data is and where it comes from, and the way to the About page and the places of detention.
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";

export function SiteFooter() {
  const t = useTranslations("Site");
  const places = useTranslations("Places");
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-6">
        <p>{t("footer")}</p>
        <p className="mt-2">
          <Link href="/about" className="text-blue-800 underline">
            {t("footerAbout")}
          </Link>
        </p>
        <p className="mt-2">
          <Link href="/places" className="text-blue-800 underline">
            {places("footerLink")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
