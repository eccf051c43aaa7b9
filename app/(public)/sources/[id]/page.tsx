// /sources/[id]: one source, who authored it, and every public claim that cites it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitedClaims } from "@/components/source/cited-claims";
import { OrNotKnown } from "@/components/ui/not-known";
import { PartialDate } from "@/components/ui/partial-date";
import { SOURCE_KIND_LABELS } from "@/lib/format/labels";
import { getSourcePage } from "@/lib/server/public/get-source-page";

type Params = { params: Promise<{ id: string }> };

const loadPage = async (params: Params["params"]) => {
  const { id } = await params;
  return id.length <= 100 ? getSourcePage(id) : null;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await loadPage(params);
  if (!page) return { title: "Source not found" };
  return { title: page.source.title, description: `${SOURCE_KIND_LABELS[page.source.kind]} and every fact in Habeas that cites it.` };
}

const ROLE_WORDS = { AUTHOR: "Author", SIGNATORY: "Signatory", PUBLISHER: "Publisher" } as const;

export default async function SourcePage({ params }: Params) {
  const page = await loadPage(params);
  if (!page) notFound();
  const { source } = page;
  return (
    <>
      <p className="text-sm uppercase tracking-wide text-slate-600">{SOURCE_KIND_LABELS[source.kind]}</p>
      <h1 className="text-3xl font-bold">{source.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Publisher</dt>
        <dd><OrNotKnown value={source.publisher} /></dd>
        <dt className="font-semibold">Authors</dt>
        <dd><OrNotKnown value={source.authors.join(", ")} /></dd>
        <dt className="font-semibold">Published</dt>
        <dd><PartialDate date={source.publishedDate} precision={source.publishedPrecision} /></dd>
        <dt className="font-semibold">Address</dt>
        <dd>
          <OrNotKnown value={source.url}>
            {source.url && <a href={source.url} className="text-blue-800 underline" rel="noopener noreferrer">{source.url}</a>}
          </OrNotKnown>
        </dd>
        {source.archiveNote && (
          <>
            <dt className="font-semibold">Note</dt>
            <dd>{source.archiveNote}</dd>
          </>
        )}
      </dl>
      {source.organisations.length > 0 && (
        <section aria-labelledby="organisations" className="mt-6">
          <h2 id="organisations" className="text-xl font-semibold">Organisations</h2>
          <ul className="mt-2 list-disc pl-6">
            {source.organisations.map((o) => (
              <li key={o.organisation.name}>
                {o.organisation.name}
                {o.organisation.acronym && ` (${o.organisation.acronym})`} — {ROLE_WORDS[o.role]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <CitedClaims heading="What cites this source" citations={page.citations} />
      {page.quotedIn.length > 0 && <CitedClaims heading="Passages quoted in other sources" citations={page.quotedIn} />}
    </>
  );
}
