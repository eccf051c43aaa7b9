// Tells readers of another interface language that the record's own text is untranslated.
import { useLocale, useTranslations } from "next-intl";
import { contentIsTranslated } from "@/lib/i18n/content-language";

export function ContentLanguageNotice() {
  const locale = useLocale();
  const t = useTranslations("Site");
  if (contentIsTranslated(locale)) return null;
  return <p className="mt-3 rounded border border-sky-200 bg-sky-50 p-2 text-sm">{t("contentLanguageNote")}</p>;
}
