// Another name or spelling of a place (its Russian name, a colony's number). Public with the place; each cites the
// source that names it so, under its own claim on the place.
import { z } from "zod";
import { NameScript } from "@/lib/generated/prisma/enums";
import { placeNameClaim } from "@/lib/places/place-claims";
import { recordHandler } from "./handler";
import { AppError } from "@/lib/errors";
import { pick, required } from "./shared";

const refuseTaken = () => {
  throw new AppError("INVALID_INPUT", "This place already has that name.", {
    fieldErrors: { "fields.name": ["taken"] },
  });
};

const ZPlaceNameFields = z.object({ name: z.string(), script: z.enum(NameScript) });

export const placeNameHandler = recordHandler(ZPlaceNameFields, {
  table: "place_name",
  load: async (tx, id) => {
    const row = await tx.placeName.findUnique({ where: { id } });
    return row && { values: pick(row, ["name", "script"]), updatedAt: row.updatedAt, caseId: null };
  },
  create: async (tx, f, links, cited) => {
    const placeId = required(links.target?.type === "place" ? links.target.id : null, "place");
    if (await tx.placeName.findUnique({ where: { placeId_name: { placeId, name: f.name } } })) refuseTaken();
    const row = await tx.placeName.create({ data: { ...f, placeId } });
    if (cited) await tx.citation.create({ data: { ...cited, claim: placeNameClaim(f.name), placeId } });
    return { id: row.id, caseId: null };
  },
  update: async (tx, id, f) => {
    await tx.placeName.update({ where: { id }, data: f });
  },
  remove: async (tx, id) => {
    const row = await tx.placeName.delete({ where: { id } });
    await tx.citation.deleteMany({ where: { placeId: row.placeId, claim: placeNameClaim(row.name) } });
  },
  isPublic: async () => true,
});
