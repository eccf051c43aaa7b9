// A draft case as its public page would show it once published, built from the same components as that page.
// Its sources lead to their records in the editors' area (a draft's source has no public page yet), and each
// footnote whose quote is not in its source's text says so.
import { useTranslations } from "next-intl";
import { FootnoteList } from "@/components/citations/footnote-list";
import { CaseSection } from "@/components/person/case-section";
import { PersonHeader } from "@/components/person/person-header";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { citationsInDisplayOrder } from "@/lib/citations/person-page-citations";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { sourceRecordHref } from "./source-record-href";

type Props = { person: PersonPage; unmatchedQuotes: string[] };

export function CasePreview({ person, unmatchedQuotes }: Props) {
  const t = useTranslations("Editor");
  const footnotes = numberFootnotes(citationsInDisplayOrder(person));
  const unmatched = new Set(unmatchedQuotes);
  return (
    <div className="rounded border border-dashed border-slate-400 bg-white p-4" data-review-preview>
      <PersonHeader person={person} footnotes={footnotes} />
      {person.cases.map((c) => (
        <CaseSection key={c.id} person={person} detention={c} footnotes={footnotes} />
      ))}
      <FootnoteList
        footnotes={footnotes.list}
        sourceHref={sourceRecordHref}
        noteFor={({ citation }) =>
          unmatched.has(citation.id) && (
            <p data-quote-check="not-found" className="mt-1 rounded bg-amber-50 px-1 text-amber-950">
              {t("quoteNotFoundReview")}
            </p>
          )
        }
      />
    </div>
  );
}
