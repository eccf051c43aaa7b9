// Formats a date stored with a precision, never showing more certainty than the source gave.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

const formatters = new Map<string, Intl.DateTimeFormat>();

const OPTIONS = {
  month: { timeZone: "UTC", month: "long" },
  // A day beside the month makes Intl give the month's form inside a date (CLDR's "format" context), which in
  // Russian is the genitive: "12 марта".
  dayOfMonth: { timeZone: "UTC", day: "numeric", month: "long" },
  day: { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Building an Intl formatter is costly, and exports format thousands of dates; one per locale and kind. */
function formatter(locale: string, kind: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = OPTIONS[kind];
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** The month's name as it reads inside a date: the genitive in Russian ("марта"), the plain name in English. */
function monthInDate(date: Date, locale: string): string {
  const parts = formatter(locale, "dayOfMonth").formatToParts(date);
  return parts.find((p) => p.type === "month")?.value ?? formatter(locale, "month").format(date);
}

/** Which form a date takes. "nominative" stands alone: a label's value, a list of a source's details. "genitive"
 *  follows a Russian preposition that governs it ("с марта 2024", "от", "до"); languages without cases read the same
 *  in both. A full day already reads in the genitive ("12 марта 2024 г."), so only a month-precision date differs. */
export type DateCase = "nominative" | "genitive";

/** Returns null when the date is not known; callers show their own "not known" text. */
export function formatPartialDate(
  date: Date | null,
  precision: DatePrecision,
  locale: string,
  grammaticalCase: DateCase = "nominative",
): string | null {
  if (!date || precision === "UNKNOWN") return null;
  if (precision === "YEAR") return String(date.getUTCFullYear());
  // The stand-alone month name reads "апрель 2025" in Russian, where a full date format would give "апреля".
  if (precision === "MONTH") {
    const month = grammaticalCase === "genitive" ? monthInDate(date, locale) : formatter(locale, "month").format(date);
    return `${month} ${date.getUTCFullYear()}`;
  }
  return formatter(locale, "day").format(date);
}

/** The machine-readable form for a <time datetime> attribute, cut to the known precision. */
export function isoPartialDate(date: Date | null, precision: DatePrecision): string | undefined {
  if (!date || precision === "UNKNOWN") return undefined;
  const iso = date.toISOString();
  return precision === "DAY" ? iso.slice(0, 10) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}

const DAY_MS = 86_400_000;

/** The last day the period could have started on, so that a duration counted from it is a safe minimum. */
function latestPossibleStart(date: Date, precision: Exclude<DatePrecision, "UNKNOWN">): Date {
  if (precision === "DAY") return date;
  if (precision === "MONTH") return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
  return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
}

/** Whole days from a partial date to `until`: exact for a known day, otherwise the smallest possible count. */
export function daysSince(
  date: Date | null,
  precision: DatePrecision,
  until: Date,
): { days: number; exact: boolean } | null {
  if (!date || precision === "UNKNOWN") return null;
  const start = latestPossibleStart(date, precision);
  const days = Math.floor((until.getTime() - start.getTime()) / DAY_MS);
  return days < 0 ? null : { days, exact: precision === "DAY" };
}
