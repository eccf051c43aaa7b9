// Options for a country briefing: which statuses, as of which date, in which language.
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { CaseStatus } from "@/lib/generated/prisma/enums";
import { ZAsOfDateSchema } from "./as-of-date";

const statusList = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).filter(Boolean))
  .pipe(z.array(z.enum(CaseStatus)).max(20));

export const ZBriefingOptionsSchema = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((s) => s.toUpperCase()),
  locale: z.enum(routing.locales).default(routing.defaultLocale),
  asOf: ZAsOfDateSchema.optional(),
  status: statusList.optional(),
  /** How many cases to list (the summary counts them all); more than 10,000 is refused, not trimmed. */
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

export type TBriefingOptions = z.infer<typeof ZBriefingOptionsSchema>;
