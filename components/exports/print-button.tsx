"use client";
// Opens the browser's print dialog for the current page.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-700 px-4 py-2 text-white print:hidden"
    >
      {label}
    </button>
  );
}
