// A date shown only as precisely as the source gave it; "Not known" when it gave none.
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { formatPartialDate, isoPartialDate } from "@/lib/format/partial-date";

export function PartialDate({ date, precision }: { date: Date | null; precision: DatePrecision }) {
  const iso = isoPartialDate(date, precision);
  if (!iso) return <span className="italic text-slate-500">{formatPartialDate(null, "UNKNOWN")}</span>;
  return <time dateTime={iso}>{formatPartialDate(date, precision)}</time>;
}
