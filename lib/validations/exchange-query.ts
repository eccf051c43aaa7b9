// The exchange export's query: an optional two-letter country code, in either case. An empty one (the staff
// page's "every country") means none.
import { z } from "zod";

export const ZExchangeQuerySchema = z.object({
  country: z
    .string()
    .regex(/^([A-Za-z]{2})?$/, { error: "Use a two-letter country code, e.g. KZ." })
    .transform((code) => (code ? code.toUpperCase() : undefined))
    .optional()
    .meta({ description: "Two-letter country code; without it, every published case." }),
});
export type TExchangeQuery = z.infer<typeof ZExchangeQuerySchema>;
