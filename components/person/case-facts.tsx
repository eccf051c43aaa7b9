// What the sources say about the person's situation beyond the status: each fact with its footnote.
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { PersonPage } from "@/lib/server/public/get-person-page";

type Props = { facts: PersonPage["cases"][number]["facts"]; footnotes: Footnotes };

export function CaseFacts({ facts, footnotes }: Props) {
  const t = useTranslations("Person");
  if (facts.length === 0) return null;
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold">{t("situation")}</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {facts.map((fact) => (
          <li key={fact.id}>
            <span lang={CONTENT_LANGUAGE}>{fact.text}</span>
            <FootnoteRefs numbers={footnotes.numbersFor(fact.citations)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
