"use client";
// Shown when a page fails. It never shows the error's details: those go to the server log.
import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3">This page could not be shown. The problem has been logged.</p>
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">Try again</button>
        <Link href="/" className="self-center text-blue-800 underline">Go to the home page</Link>
      </div>
    </>
  );
}
