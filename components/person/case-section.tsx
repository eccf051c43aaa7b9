// One detention or restriction of a person: status, facts, charges, timeline and demands.
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { OrNotKnown } from "@/components/ui/not-known";
import { PartialDate } from "@/components/ui/partial-date";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Footnotes } from "@/lib/citations/footnotes";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { DemandList } from "./demand-list";
import { StatusTimeline } from "./status-timeline";

type Props = { detention: PersonPage["cases"][number]; footnotes: Footnotes };

export function CaseSection({ detention: c, footnotes }: Props) {
  const refs = (claim: string) => <FootnoteRefs numbers={footnotes.numbersFor(c.citations.filter((x) => x.claim === claim))} />;
  const headingId = `case-${c.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-2xl font-semibold">
        {c.country.name}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Current status</dt>
        <dd>
          <StatusBadge status={c.status} />
          {refs("status")}
        </dd>
        <dt className="font-semibold">Since</dt>
        <dd><PartialDate date={c.statusSince} precision={c.statusSincePrecision} /></dd>
        <dt className="font-semibold">Arrested</dt>
        <dd><PartialDate date={c.arrestDate} precision={c.arrestPrecision} /></dd>
        <dt className="font-semibold">Convicted</dt>
        <dd><PartialDate date={c.convictionDate} precision={c.convictionPrecision} /></dd>
        <dt className="font-semibold">Released</dt>
        <dd><PartialDate date={c.releaseDate} precision={c.releasePrecision} /></dd>
        <dt className="font-semibold">Charges</dt>
        <dd>
          {c.charges.length === 0 ? (
            <OrNotKnown value={null} />
          ) : (
            <ul className="list-disc pl-5">
              {c.charges.map(({ charge }) => (
                <li key={charge.id}>
                  {charge.description}
                  {charge.article ? ` (${charge.article})` : " (article not known)"}
                  <FootnoteRefs numbers={footnotes.numbersFor(charge.citations)} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="font-semibold">Sentence</dt>
        <dd>
          <OrNotKnown value={c.sentence} />
          {c.sentence && refs("sentence")}
        </dd>
        <dt className="font-semibold">Held at</dt>
        <dd><OrNotKnown value={c.facility} /></dd>
      </dl>
      {c.summary && <p className="mt-3 max-w-3xl">{c.summary}</p>}
      <StatusTimeline events={c.statusEvents} footnotes={footnotes} />
      <DemandList demands={c.demands} footnotes={footnotes} />
    </section>
  );
}
