// Turns stored values into what the record form's inputs show.
import { formatPartialDateInput } from "@/lib/validations/partial-date";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export function toFormValues(values: Record<string, unknown>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      if (Array.isArray(value)) return [key, value.map(String)];
      if (value && typeof value === "object" && "precision" in value) {
        const partial = value as { date: Date | null; precision: DatePrecision };
        return [key, formatPartialDateInput(partial.date, partial.precision)];
      }
      return [key, value === null || value === undefined ? "" : String(value)];
    }),
  );
}
