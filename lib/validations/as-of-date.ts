// The one parsing of an as-of date ("YYYY-MM-DD", meaning the end of that day, UTC) for every page and export.
import { z } from "zod";

export const ZAsOfDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T23:59:59.999Z`))
  .refine((d) => !Number.isNaN(d.getTime()));

/** For a page's query string: a bad or missing date is ignored (the page shows today) rather than an error. */
export function parseAsOfDate(text: string | undefined): Date | undefined {
  const parsed = ZAsOfDateSchema.safeParse(text);
  return parsed.success ? parsed.data : undefined;
}
