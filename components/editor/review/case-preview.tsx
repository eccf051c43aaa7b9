// A draft case as its public page would show it once published, built from the same components as that page.
import { FootnoteList } from "@/components/citations/footnote-list";
import { CaseSection } from "@/components/person/case-section";
import { PersonHeader } from "@/components/person/person-header";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { citationsInDisplayOrder } from "@/lib/citations/person-page-citations";
import type { PersonPage } from "@/lib/server/public/get-person-page";

export function CasePreview({ person }: { person: PersonPage }) {
  const footnotes = numberFootnotes(citationsInDisplayOrder(person));
  return (
    <div className="rounded border border-dashed border-slate-400 bg-white p-4" data-review-preview>
      <PersonHeader person={person} footnotes={footnotes} />
      {person.cases.map((c) => (
        <CaseSection key={c.id} detention={c} footnotes={footnotes} />
      ))}
      <FootnoteList footnotes={footnotes.list} />
    </div>
  );
}
