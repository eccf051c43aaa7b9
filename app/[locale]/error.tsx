"use client";
// Shown when a page fails. It never shows the error's details: those go to the server log.
import { useErrorStrings } from "@/components/layout/error-strings";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <>
      <h1 className="text-3xl font-bold">{t.errorTitle}</h1>
      <p className="mt-3">{t.errorBody}</p>
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">
          {t.tryAgain}
        </button>
        <a href={t.homeHref} className="self-center text-blue-800 underline">
          {t.home}
        </a>
      </div>
    </>
  );
}
