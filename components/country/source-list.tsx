// The sources behind a page's facts.
import Link from "next/link";
import { PartialDate } from "@/components/ui/partial-date";
import { SOURCE_KIND_LABELS } from "@/lib/format/labels";
import type { CountryPage } from "@/lib/server/public/get-country-page";

export function SourceList({ sources }: { sources: CountryPage["sources"] }) {
  return (
    <section aria-labelledby="country-sources" className="mt-8">
      <h2 id="country-sources" className="text-xl font-semibold">Sources</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {sources.map((s) => (
          <li key={s.id}>
            <Link href={`/sources/${s.id}`} className="text-blue-800 underline">{s.title}</Link>
            {s.publisher && <>, {s.publisher}</>}, <PartialDate date={s.publishedDate} precision={s.publishedPrecision} /> ·{" "}
            {SOURCE_KIND_LABELS[s.kind]}
          </li>
        ))}
      </ol>
    </section>
  );
}
