// "Write to …": the envelope, the place's rules for letters and the printable pack, under a case whose person is
// held at a place with a known address (lib/letters/letter-target.ts). An editor's "letters not advised" hides it.
import { useLocale, useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { DownloadButton } from "@/components/exports/download-button";
import { NotKnown, OrNotKnown } from "@/components/ui/not-known";
import type { FootnoteCitation, Footnotes } from "@/lib/citations/footnotes";
import { displayName } from "@/lib/format/display-name";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { composeEnvelope, type EnvelopeAddress } from "@/lib/letters/envelope";
import { letterCitations } from "@/lib/letters/letter-citations";
import { letterPackFilename, letterPackPath } from "@/lib/letters/letter-pack-path";
import { letterTarget } from "@/lib/letters/letter-target";
import type { PersonPage } from "@/lib/server/public/get-person-page";

type Props = { person: PersonPage; detention: PersonPage["cases"][number]; footnotes: Footnotes };

function EnvelopeBlock({ label, side, refs }: { label: string; side: EnvelopeAddress; refs: number[] }) {
  const t = useTranslations("Letters");
  return (
    <div className="rounded border border-slate-200 bg-slate-50 p-3">
      {/* The sources go beside the heading, not in the address: a reader copies the address as it stands. */}
      <h4 className="text-sm font-semibold">
        {label}
        {side.address && <FootnoteRefs numbers={refs} />}
      </h4>
      {side.address ? (
        <address className="mt-1 whitespace-pre-line break-words not-italic">
          {side.recipient}
          {"\n"}
          {side.address}
        </address>
      ) : (
        <p className="mt-1">
          <NotKnown />
        </p>
      )}
      {/* Outside the address, so that what a reader copies onto the envelope is the address alone. */}
      {side.address && side.transliterated && <p className="mt-2 text-sm text-slate-700">{t("transliterated")}</p>}
    </div>
  );
}

export function WriteTo({ person, detention, footnotes }: Props) {
  const t = useTranslations("Letters");
  const briefing = useTranslations("Briefing");
  const locale = useLocale();
  const stay = letterTarget(detention);
  if (!stay) return null;
  const { place } = stay;
  const envelope = composeEnvelope(person, place);
  const cited = letterCitations(stay);
  const numbers = (list: FootnoteCitation[]) => footnotes.numbersFor(list);
  const headingId = `write-to-${detention.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded border border-slate-300 p-4" data-write-to>
      <h3 id={headingId} className="text-lg font-semibold">
        {t("heading", { name: displayName(person.fullName, person.aliases, locale).name })}
      </h3>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="mt-2">
        <span className="font-semibold">{t("place")}:</span> <span lang={CONTENT_LANGUAGE}>{place.name}</span>
        <FootnoteRefs numbers={numbers(cited.place)} />
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <EnvelopeBlock label={t("withinCountry")} side={envelope.local} refs={numbers(cited.addressLocal)} />
        <EnvelopeBlock label={t("fromAbroad")} side={envelope.latin} refs={numbers(cited.addressLatin)} />
      </div>
      {envelope.birthYear.required && (
        <p className="mt-2 text-sm text-slate-700">
          {envelope.birthYear.year === null ? (
            t("birthYearNeeded")
          ) : (
            <>
              {t("birthYearIncluded")}
              <FootnoteRefs numbers={numbers(person.citations.filter((c) => c.claim === "birthYear"))} />
            </>
          )}
        </p>
      )}
      <h4 className="mt-3 font-semibold">{t("rules")}</h4>
      <p className="max-w-3xl whitespace-pre-line">
        <OrNotKnown value={place.letterRules}>
          <span lang={CONTENT_LANGUAGE}>{place.letterRules}</span>
          <FootnoteRefs numbers={numbers(cited.rules)} />
        </OrNotKnown>
      </p>
      <p className="mt-3 print:hidden">
        <DownloadButton
          href={letterPackPath(person.slug, detention.id, locale)}
          filename={letterPackFilename(person.slug, locale)}
          label={t("packLink")}
          strings={{ generating: briefing("generating"), failed: briefing("failed") }}
        />
      </p>
    </section>
  );
}
