// Formats a date stored with a precision, never showing more certainty than the source gave.
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { NOT_KNOWN } from "./labels";

const OPTIONS: Record<Exclude<DatePrecision, "UNKNOWN">, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  MONTH: { month: "long", year: "numeric", timeZone: "UTC" },
  YEAR: { year: "numeric", timeZone: "UTC" },
};

export function formatPartialDate(date: Date | null, precision: DatePrecision, locale = "en-GB"): string {
  if (!date || precision === "UNKNOWN") return NOT_KNOWN;
  return new Intl.DateTimeFormat(locale, OPTIONS[precision]).format(date);
}

/** The machine-readable form for a <time datetime> attribute, cut to the known precision. */
export function isoPartialDate(date: Date | null, precision: DatePrecision): string | undefined {
  if (!date || precision === "UNKNOWN") return undefined;
  const iso = date.toISOString();
  return precision === "DAY" ? iso.slice(0, 10) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}
