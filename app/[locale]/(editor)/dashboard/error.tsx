"use client";
// Shown when an editor page fails; details stay in the server log.
import { useTranslations } from "next-intl";

export default function DashboardError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <div role="alert">
      <h1 className="text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-2">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-brand-700 px-4 py-2 text-white">
        {t("tryAgain")}
      </button>
    </div>
  );
}
