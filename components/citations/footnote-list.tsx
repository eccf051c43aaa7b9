// The numbered sources of a page, each with the passage that supports the claim. The reviewers' preview of a
// draft reuses it with its own links (a draft's source has no public page yet) and a note on a footnote.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import type { Footnote } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

type Props = {
  footnotes: Footnote[];
  /** Where a source's title leads; its public page unless the caller says otherwise. */
  sourceHref?: (sourceId: string) => string;
  /** Something to say under one footnote, such as the reviewers' quote check. */
  noteFor?: (footnote: Footnote) => ReactNode;
};

const publicSourceHref = (sourceId: string) => `/sources/${sourceId}`;

export function FootnoteList({ footnotes, sourceHref = publicSourceHref, noteFor }: Props) {
  const t = useTranslations("Sources");
  if (footnotes.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="mt-10 border-t border-slate-200 pt-6">
      <h2 id="sources-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ol className="mt-3 space-y-3 text-sm">
        {footnotes.map((footnote) => {
          const { number, citation } = footnote;
          return (
            <li key={number} id={`fn-${number}`} className="flex gap-2">
              <span className="font-semibold">{number}.</span>
              <div>
                <blockquote lang={CONTENT_LANGUAGE} className="border-l-2 border-slate-300 pl-2 italic">
                  “{citation.quote}”
                </blockquote>
                <p className="mt-1">
                  <Link
                    href={sourceHref(citation.source.id)}
                    className="text-blue-800 underline"
                    lang={CONTENT_LANGUAGE}
                  >
                    {citation.source.title}
                  </Link>
                  {citation.source.publisher && (
                    <>
                      , <span lang={CONTENT_LANGUAGE}>{citation.source.publisher}</span>
                    </>
                  )}
                  {citation.locator && (
                    <>
                      , <span lang={CONTENT_LANGUAGE}>{citation.locator}</span>
                    </>
                  )}
                  {citation.quotedSource && (
                    <>
                      {" — "}
                      {t("quoting")}{" "}
                      <Link
                        href={sourceHref(citation.quotedSource.id)}
                        className="text-blue-800 underline"
                        lang={CONTENT_LANGUAGE}
                      >
                        {citation.quotedSource.title}
                      </Link>
                    </>
                  )}
                </p>
                {noteFor?.(footnote)}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
