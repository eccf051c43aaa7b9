// Maps public records to the API's stable shapes.
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isoPartialDate } from "@/lib/format/partial-date";
import type { PublicCitation } from "@/lib/server/public/public-selects";

export const partialDate = (date: Date | null, precision: DatePrecision) => ({
  date: isoPartialDate(date, precision) ?? null,
  precision,
});

export const citation = (c: PublicCitation) => ({
  quote: c.quote,
  claim: c.claim,
  locator: c.locator,
  sourceId: c.source.id,
  sourceTitle: c.source.title,
  quotedSourceId: c.quotedSource?.id ?? null,
});
