// A date shown only as precisely as the source gave it; "Not known" when it gave none.
import { useLocale } from "next-intl";
import { NotKnown } from "@/components/ui/not-known";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDate, isoPartialDate } from "@/lib/format/partial-date";

export function PartialDate({ date, precision }: { date: Date | null; precision: DatePrecision }) {
  const locale = useLocale();
  const text = formatPartialDate(date, precision, locale);
  if (!text) return <NotKnown />;
  return <time dateTime={isoPartialDate(date, precision)}>{text}</time>;
}
