// What the sources say about a place of detention: its other names, kind, country, region, postal addresses, notes
// and the rules for writing to people held there, each with its footnotes; what no source gives is "not known".
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { CountryName } from "@/components/ui/country-name";
import { OrNotKnown } from "@/components/ui/not-known";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { citationsFor } from "@/lib/places/place-citations";
import { placeNameClaim, type PlaceClaim } from "@/lib/places/place-claims";
import type { PlacePage } from "@/lib/server/public/get-place-page";

type Place = PlacePage["place"];

/** A text as the source gives it, kept on its lines (an address is written on several). */
function Text({ value }: { value: string | null }) {
  return (
    <OrNotKnown value={value}>
      <span lang={CONTENT_LANGUAGE} className="whitespace-pre-line">
        {value}
      </span>
    </OrNotKnown>
  );
}

export function PlaceDetails({ place, footnotes }: { place: Place; footnotes: Footnotes }) {
  const t = useTranslations("Places");
  const kinds = useTranslations("PlaceKind");
  const refs = (claim: PlaceClaim) => <FootnoteRefs numbers={footnotes.numbersFor(citationsFor(place, claim))} />;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  // A text field: the source's words and their footnotes, or "not known".
  const textRow = (label: string, value: string | null, claim: PlaceClaim) =>
    row(
      label,
      <>
        <Text value={value} />
        {value && refs(claim)}
      </>,
    );
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {row(
        t("otherNames"),
        place.names.length === 0 ? (
          t("noOtherNames")
        ) : (
          <ul>
            {place.names.map((n) => (
              <li key={n.id}>
                <span lang={CONTENT_LANGUAGE}>{n.name}</span>
                <FootnoteRefs
                  numbers={footnotes.numbersFor(place.citations.filter((c) => c.claim === placeNameClaim(n.name)))}
                />
              </li>
            ))}
          </ul>
        ),
      )}
      {row(
        t("kind"),
        <>
          {kinds(place.kind)}
          {refs("kind")}
        </>,
      )}
      {row(
        t("country"),
        <>
          <CountryName code={place.country.code} fallback={place.country.name} />
          {refs("country")}
        </>,
      )}
      {textRow(t("region"), place.region, "region")}
      {textRow(t("addressLocal"), place.addressLocal, "address")}
      {textRow(t("addressLatin"), place.addressLatin, "address")}
      {row(
        t("letterRules"),
        <>
          <Text value={place.letterRules} />
          {place.letterNeedsBirthYear && <span className="block">{t("needsBirthYear")}</span>}
          {(place.letterRules || place.letterNeedsBirthYear) && refs("letterRules")}
        </>,
      )}
      {place.notes && textRow(t("notes"), place.notes, "notes")}
    </dl>
  );
}
