// A date typed as it is known: "2025", "2025-04" or "2025-04-10"; empty means not known. The one check of a typed
// date, so every form, the browser's own check and the import report say the same about a date that is not one.
import { z } from "zod";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { messageWithValues, type TMessage } from "./message-values";

export type TPartialDate = { date: Date | null; precision: DatePrecision };

/** Keys in the Validation and Import.problems messages. */
export type TPartialDateProblem = TMessage & {
  key: "invalidDate" | "dateNoSuchMonth" | "dateNoSuchDay" | "dateTooEarly" | "dateInFuture";
};

const PATTERNS: [RegExp, Exclude<DatePrecision, "UNKNOWN">][] = [
  [/^(\d{4})$/, "YEAR"],
  [/^(\d{4})-(\d{2})$/, "MONTH"],
  [/^(\d{4})-(\d{2})-(\d{2})$/, "DAY"],
];

const EARLIEST_YEAR = 1900;
/** A day's grace, so today's date typed anywhere on Earth is not yet "in the future" on the server. */
const GRACE_MS = 86_400_000;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const problem = (key: TPartialDateProblem["key"], values: TPartialDateProblem["values"] = {}) =>
  ({ ok: false, problem: { key, values } }) as const;

export function checkPartialDate(
  text: string,
): { ok: true; value: TPartialDate } | { ok: false; problem: TPartialDateProblem } {
  const value = text.trim();
  if (value === "") return { ok: true, value: { date: null, precision: "UNKNOWN" } };
  for (const [pattern, precision] of PATTERNS) {
    const match = pattern.exec(value);
    if (!match) continue;
    const [yearText, monthText, dayText] = match.slice(1) as [string, string?, string?];
    const [year, month, day] = [Number(yearText), Number(monthText ?? 1), Number(dayText ?? 1)];
    // Before the calendar checks: Date.UTC reads the years 0 to 99 as 1900 to 1999.
    if (year < EARLIEST_YEAR) return problem("dateTooEarly", { year: EARLIEST_YEAR });
    if (month < 1 || month > 12) return problem("dateNoSuchMonth", { month: monthText! });
    const days = daysInMonth(year, month);
    // The month as a number picks its name in each language; the year as text, so it is not grouped "2 024".
    if (day < 1 || day > days)
      return problem("dateNoSuchDay", { day: dayText!, month: String(month), year: yearText, days });
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getTime() > Date.now() + GRACE_MS) return problem("dateInFuture");
    return { ok: true, value: { date, precision } };
  }
  return problem("invalidDate");
}

export function parsePartialDate(text: string): TPartialDate | null {
  const checked = checkPartialDate(text);
  return checked.ok ? checked.value : null;
}

export function formatPartialDateInput(date: Date | null, precision: DatePrecision): string {
  if (!date || precision === "UNKNOWN") return "";
  const iso = date.toISOString();
  return precision === "YEAR" ? iso.slice(0, 4) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 10);
}

export const ZPartialDateSchema = z
  .string()
  .max(10, { error: "invalidDate" })
  .transform((text, ctx) => {
    const checked = checkPartialDate(text);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: "custom", message: messageWithValues(checked.problem.key, checked.problem.values) });
    return z.NEVER;
  });
