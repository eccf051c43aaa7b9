// Where a person is held: the current place of detention with the date they are held there since, or, where no
// stay is recorded, the free-text facility the source names, or "not known".
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { PlaceSummary } from "@/components/places/place-summary";
import { OrNotKnown } from "@/components/ui/not-known";
import { PartialDate } from "@/components/ui/partial-date";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { currentStay } from "@/lib/places/current-stay";
import type { PersonPage } from "@/lib/server/public/get-person-page";

type Props = { detention: PersonPage["cases"][number]; footnotes: Footnotes };

export function HeldAt({ detention: c, footnotes }: Props) {
  const t = useTranslations("Places");
  const stay = currentStay(c.status, c.stays);
  if (!stay) {
    return (
      <>
        <OrNotKnown value={c.facility}>
          <span lang={CONTENT_LANGUAGE}>{c.facility}</span>
        </OrNotKnown>
        {c.facility && (
          <FootnoteRefs numbers={footnotes.numbersFor(c.citations.filter((x) => x.claim === "facility"))} />
        )}
      </>
    );
  }
  return (
    <>
      <PlaceSummary place={stay.place} footnotes={footnotes} linked={!c.lettersNotAdvised} />
      <span className="block text-sm">
        {t("heldSince")} <PartialDate date={stay.date} precision={stay.datePrecision} />
        <FootnoteRefs numbers={footnotes.numbersFor(stay.citations)} />
      </span>
    </>
  );
}
