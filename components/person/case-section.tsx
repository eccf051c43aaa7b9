// One detention or restriction of a person: status, facts, charges, where held, timeline and demands.
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { CountryName } from "@/components/ui/country-name";
import { NotKnown, OrNotKnown } from "@/components/ui/not-known";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import { currentStatusCitations } from "@/lib/citations/current-status";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { CaseFacts } from "./case-facts";
import { DemandList } from "./demand-list";
import { HeldAt } from "./held-at";
import { StayHistory } from "./stay-history";
import { StatusTime } from "./status-time";
import { StatusTimeline } from "./status-timeline";
import { WriteTo } from "./write-to";

type Props = { person: PersonPage; detention: PersonPage["cases"][number]; footnotes: Footnotes };

export function CaseSection({ person, detention: c, footnotes }: Props) {
  const t = useTranslations("Person");
  const refs = (claim: string) => (
    <FootnoteRefs numbers={footnotes.numbersFor(c.citations.filter((x) => x.claim === claim))} />
  );
  const headingId = `case-${c.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-2xl font-semibold">
        <CountryName code={c.country.code} fallback={c.country.name} />
        {refs("country")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("currentStatus")}</dt>
        <dd>
          <StatusBadge status={c.status} />
          <FootnoteRefs numbers={footnotes.numbersFor(currentStatusCitations(c))} />
        </dd>
        <dt className="font-semibold">{t("since")}</dt>
        <dd>
          <StatusTime time={c.statusTime} />
        </dd>
        <dt className="font-semibold">{t("arrested")}</dt>
        <dd>
          <PartialDate date={c.arrestDate} precision={c.arrestPrecision} />
          {c.arrestDate && refs("arrestDate")}
        </dd>
        <dt className="font-semibold">{t("convicted")}</dt>
        <dd>
          <PartialDate date={c.convictionDate} precision={c.convictionPrecision} />
          {c.convictionDate && refs("convictionDate")}
        </dd>
        <dt className="font-semibold">{t("released")}</dt>
        <dd>
          <PartialDate date={c.releaseDate} precision={c.releasePrecision} />
          {c.releaseDate && refs("releaseDate")}
        </dd>
        <dt className="font-semibold">{t("charges")}</dt>
        <dd>
          {c.charges.length === 0 ? (
            <NotKnown />
          ) : (
            <ul className="list-disc pl-5">
              {c.charges.map(({ charge }) => (
                <li key={charge.id}>
                  <span lang={CONTENT_LANGUAGE}>{charge.description}</span>
                  {charge.article ? ` (${charge.article})` : ` (${t("articleNotKnown")})`}
                  <FootnoteRefs numbers={footnotes.numbersFor(charge.citations)} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-semibold">{t("sentence")}</dt>
        <dd>
          <OrNotKnown value={c.sentence}>
            <span lang={CONTENT_LANGUAGE}>{c.sentence}</span>
          </OrNotKnown>
          {c.sentence && refs("sentence")}
        </dd>
        <dt className="font-semibold">{t("heldAt")}</dt>
        <dd>
          <HeldAt detention={c} footnotes={footnotes} />
        </dd>
      </dl>
      {c.summary && (
        <p className="mt-3 max-w-3xl">
          <span lang={CONTENT_LANGUAGE}>{c.summary}</span>
          {refs("summary")}
        </p>
      )}
      <StayHistory detention={c} footnotes={footnotes} />
      <CaseFacts facts={c.facts} footnotes={footnotes} />
      <StatusTimeline events={c.statusEvents} footnotes={footnotes} />
      <DemandList demands={c.demands} footnotes={footnotes} />
      <WriteTo person={person} detention={c} footnotes={footnotes} />
    </section>
  );
}
