// The places a person has been held in, newest first, each from the date a source gives: shown once there is a
// history to tell (more than one stay, or a release after one).
import { useTranslations } from "next-intl";
import { FootnoteRefs } from "@/components/citations/footnote-refs";
import { PlaceSummary } from "@/components/places/place-summary";
import { PartialDate } from "@/components/ui/partial-date";
import type { Footnotes } from "@/lib/citations/footnotes";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { currentStay } from "@/lib/places/current-stay";
import type { PersonPage } from "@/lib/server/public/get-person-page";

type Props = { detention: PersonPage["cases"][number]; footnotes: Footnotes };

export function StayHistory({ detention: c, footnotes }: Props) {
  const t = useTranslations("Places");
  const isHistory = c.stays.length > 1 || (c.stays.length === 1 && !currentStay(c.status, c.stays));
  if (!isHistory) return null;
  return (
    <div className="mt-6">
      <h3 className="text-lg font-semibold">{t("stays")}</h3>
      <ol className="mt-2 space-y-1">
        {c.stays.map((stay) => (
          <li key={stay.id}>
            <PlaceSummary place={stay.place} footnotes={footnotes} linked={!c.lettersNotAdvised} />
            {" — "}
            {t("heldSince")} <PartialDate date={stay.date} precision={stay.datePrecision} />
            <FootnoteRefs numbers={footnotes.numbersFor(stay.citations)} />
            {stay.note && (
              <span className="block text-sm text-slate-700" lang={CONTENT_LANGUAGE}>
                {stay.note}
              </span>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
