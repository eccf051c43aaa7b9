// The numbered sources of a page, each with the passage that supports the claim.
import Link from "next/link";
import type { Footnote } from "@/lib/citations/footnotes";

export function FootnoteList({ footnotes }: { footnotes: Footnote[] }) {
  if (footnotes.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="sources-heading" className="text-xl font-semibold">
        Sources
      </h2>
      <ol className="mt-3 space-y-3 text-sm">
        {footnotes.map(({ number, citation }) => (
          <li key={number} id={`fn-${number}`} className="flex gap-2">
            <span className="font-semibold">{number}.</span>
            <div>
              <blockquote className="border-l-2 border-slate-300 pl-2 italic">“{citation.quote}”</blockquote>
              <p className="mt-1">
                <Link href={`/sources/${citation.source.id}`} className="text-blue-800 underline">
                  {citation.source.title}
                </Link>
                {citation.source.publisher && <>, {citation.source.publisher}</>}
                {citation.locator && <>, {citation.locator}</>}
                {citation.quotedSource && (
                  <>
                    {" "}— quoting{" "}
                    <Link href={`/sources/${citation.quotedSource.id}`} className="text-blue-800 underline">
                      {citation.quotedSource.title}
                    </Link>
                  </>
                )}
              </p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
