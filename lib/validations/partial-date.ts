// A date typed as it is known: "2025", "2025-04" or "2025-04-10"; empty means not known.
import { z } from "zod";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type TPartialDate = { date: Date | null; precision: DatePrecision };

const PATTERNS: [RegExp, Exclude<DatePrecision, "UNKNOWN">][] = [
  [/^(\d{4})$/, "YEAR"],
  [/^(\d{4})-(\d{2})$/, "MONTH"],
  [/^(\d{4})-(\d{2})-(\d{2})$/, "DAY"],
];

export function parsePartialDate(text: string): TPartialDate | null {
  const value = text.trim();
  if (value === "") return { date: null, precision: "UNKNOWN" };
  for (const [pattern, precision] of PATTERNS) {
    const match = pattern.exec(value);
    if (!match) continue;
    const [year, month = 1, day = 1] = match.slice(1).map(Number);
    const date = new Date(Date.UTC(year!, month - 1, day));
    const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (!valid || year! < 1900 || date.getTime() > Date.now() + 86_400_000) return null;
    return { date, precision };
  }
  return null;
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
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: "invalidDate" });
      return z.NEVER;
    }
    return parsed;
  });
