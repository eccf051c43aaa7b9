// A date shown only as precisely as the source gave it; "Not known" when it gave none.
import { useLocale } from "next-intl";
import { NotKnown } from "@/components/ui/not-known";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDate, isoPartialDate, type DateCase } from "@/lib/format/partial-date";

type Props = {
  date: Date | null;
  precision: DatePrecision;
  /** "genitive" where the date follows a preposition that governs it ("с", "от" in Russian). */
  grammaticalCase?: DateCase;
};

export function PartialDate({ date, precision, grammaticalCase }: Props) {
  const locale = useLocale();
  const text = formatPartialDate(date, precision, locale, grammaticalCase);
  if (!text) return <NotKnown />;
  return <time dateTime={isoPartialDate(date, precision)}>{text}</time>;
}
