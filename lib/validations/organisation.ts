// The organisation settings form: who runs this instance, shown on the About page and, later, on briefings.
import { z } from "zod";
import { MAX_LOGO_BYTES, sniffLogoType } from "@/lib/organisation/logo-image";

export const ORGANISATION_LIMITS = { name: 120, contact: 300, introduction: 4000 } as const;

/** Text is trimmed; an empty field means "not set", and the public pages then say so in their own words. */
const text = (max: number) => z.string().trim().max(max, { error: "tooLong" });

export const ZOrganisationSchema = z.object({
  name: text(ORGANISATION_LIMITS.name),
  contact: text(ORGANISATION_LIMITS.contact),
  introduction: text(ORGANISATION_LIMITS.introduction),
  /** Ticked: the stored logo is removed (a new upload in the same form wins). */
  removeLogo: z.boolean(),
});

export type TOrganisation = z.infer<typeof ZOrganisationSchema>;

/** What the data layer takes: the form's fields and, when a file was chosen, its bytes. */
export const ZOrganisationUpdateSchema = ZOrganisationSchema.extend({
  logo: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength <= MAX_LOGO_BYTES, { error: "logoTooLarge" })
    .refine((bytes) => sniffLogoType(bytes) !== null, { error: "logoType" })
    .optional(),
});

export type TOrganisationUpdate = z.infer<typeof ZOrganisationUpdateSchema>;
