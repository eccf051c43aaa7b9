// A place of detention in one line: its name linked to its page, its kind and its region, each with its footnotes.
// Unlinked for a person whose letters are not advised: the place's page gives its address.
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { citationsFor } from "@/lib/places/place-citations";
import type { PersonPage } from "@/lib/server/public/get-person-page";

export type StayPlace = PersonPage["cases"][number]["stays"][number]["place"];

type Props = { place: StayPlace; footnotes: Footnotes; linked: boolean };

export function PlaceSummary({ place, footnotes, linked }: Props) {
  const kinds = useTranslations("PlaceKind");
  return (
    <>
      {linked ? (
        <Link href={`/places/${place.slug}`} className="text-blue-800 underline" lang={CONTENT_LANGUAGE}>
          {place.name}
        </Link>
      ) : (
        <span lang={CONTENT_LANGUAGE}>{place.name}</span>
      )}
      <FootnoteRefs numbers={footnotes.numbersFor(citationsFor(place, "name"))} />
      {" · "}
      {kinds(place.kind)}
      <FootnoteRefs numbers={footnotes.numbersFor(citationsFor(place, "kind"))} />
      {place.region && (
        <>
          {" · "}
          <span lang={CONTENT_LANGUAGE}>{place.region}</span>
          <FootnoteRefs numbers={footnotes.numbersFor(citationsFor(place, "region"))} />
        </>
      )}
    </>
  );
}
