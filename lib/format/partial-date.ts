// Formats a date stored with a precision, never showing more certainty than the source gave.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter is costly, and exports format thousands of dates; one per locale and kind. */
function formatter(locale: string, kind: "month" | "day"): Intl.DateTimeFormat {
  const key = `${locale}|${kind}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === "month"
        ? { timeZone: "UTC", month: "long" }
        : { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" };
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** Returns null when the date is not known; callers show their own "not known" text. */
export function formatPartialDate(date: Date | null, precision: DatePrecision, locale: string): string | null {
  if (!date || precision === "UNKNOWN") return null;
  if (precision === "YEAR") return String(date.getUTCFullYear());
  // The stand-alone month name reads "апрель 2025" in Russian, where a full date format would give "апреля".
  if (precision === "MONTH") return `${formatter(locale, "month").format(date)} ${date.getUTCFullYear()}`;
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
