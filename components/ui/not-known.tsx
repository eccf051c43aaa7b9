// Says plainly that no source gives a value, or shows the value when there is one.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";

export function NotKnown() {
  const t = useTranslations("Common");
  // Marked with the interface language, since it may sit inside untranslated content.
  return (
    <span className="italic text-slate-500" lang={useLocale()}>
      {t("notKnown")}
    </span>
  );
}

export function OrNotKnown({ value, children }: { value: unknown; children?: ReactNode }) {
  if (value === null || value === undefined || value === "") return <NotKnown />;
  return <>{children ?? String(value)}</>;
}
