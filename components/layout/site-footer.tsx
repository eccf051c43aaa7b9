// The site footer: what the data is and where it comes from.
export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600">
      <div className="mx-auto max-w-6xl px-4 py-6">
        Habeas is open-source software. Every fact shown cites the source it comes from; what a source does not say is
        shown as not known.
      </div>
    </footer>
  );
}
