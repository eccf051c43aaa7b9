// A place of detention: its names, kind, country, region, addresses and letter rules. A public record like a law,
// so a change to it is reviewed while four-eyes publishing is on.
import { z } from "zod";
import { PlaceKind } from "@/lib/generated/prisma/enums";
import { placeClaimsOf } from "@/lib/places/place-claims";
import { AppError } from "@/lib/errors";
import { recordHandler, type Tx } from "./handler";
import { pick, uniqueSlug } from "./shared";

const ZPlaceFields = z.object({
  name: z.string(),
  kind: z.enum(PlaceKind),
  countryCode: z.string(),
  region: z.string().nullable(),
  addressLocal: z.string().nullable(),
  addressLatin: z.string().nullable(),
  letterRules: z.string().nullable(),
  letterNeedsBirthYear: z.boolean(),
  notes: z.string().nullable(),
});

const FIELDS = Object.keys(ZPlaceFields.shape) as (keyof z.output<typeof ZPlaceFields>)[];

/** A place belongs to a country Habeas knows; a made-up code is the editor's mistake, not a crash. */
async function assertCountryKnown(tx: Tx, code: string) {
  if (!(await tx.country.findUnique({ where: { code }, select: { code: true } })))
    throw new AppError("INVALID_INPUT", "Choose a country.", {
      fieldErrors: { "fields.countryCode": ["invalidCountry"] },
    });
}

export const placeHandler = recordHandler(ZPlaceFields, {
  table: "place",
  load: async (tx, id) => {
    const row = await tx.place.findUnique({ where: { id } });
    return row && { values: pick(row, FIELDS), updatedAt: row.updatedAt, caseId: null };
  },
  create: async (tx, f, links, cited) => {
    await assertCountryKnown(tx, f.countryCode);
    const slug = await uniqueSlug(f.name, async (s) => !!(await tx.place.findUnique({ where: { slug: s } })));
    const row = await tx.place.create({ data: { ...f, slug } });
    // One citation per field it fills, so that a later change to one field replaces only that field's source.
    if (cited)
      await tx.citation.createMany({
        data: placeClaimsOf(f).map((claim) => ({ ...cited, claim, placeId: row.id })),
      });
    return { id: row.id, caseId: null };
  },
  update: async (tx, id, f) => {
    await assertCountryKnown(tx, f.countryCode);
    await tx.place.update({ where: { id }, data: f });
  },
  isPublic: async () => true,
  check: async (tx, id, f) => assertCountryKnown(tx, f.countryCode),
});
