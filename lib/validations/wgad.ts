// Options for a WGAD submission draft: its language, and which confidential fields the author chose to include.
import { z } from "zod";
import { routing } from "@/i18n/routing";
import type { ConfidentialCaseColumn } from "@/lib/db/confidential-columns";

/** The words of `?include=` and the confidential columns they name. A column missing here cannot be included:
 *  a confidential column added later stays out of the draft until someone lists it on purpose. */
export const WGAD_INCLUDE = {
  contact: "contactDetails",
  family: "familyDetails",
  notes: "internalNotes",
  risk: "riskNote",
} as const satisfies Record<string, ConfidentialCaseColumn>;

export type TWgadInclude = keyof typeof WGAD_INCLUDE;

export const WGAD_INCLUDE_KEYS = Object.keys(WGAD_INCLUDE) as TWgadInclude[];

// `include=contact,family` from a link, or `include=contact&include=family` from the staff page's checkboxes.
const includeList = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).filter(Boolean))
  .pipe(z.array(z.enum(WGAD_INCLUDE_KEYS)).max(WGAD_INCLUDE_KEYS.length * 2))
  .transform((keys) => [...new Set(keys)]);

export const ZWgadQuerySchema = z.object({
  locale: z.enum(routing.locales).default(routing.defaultLocale),
  include: includeList.default([]),
});

export type TWgadQuery = z.infer<typeof ZWgadQuerySchema>;
