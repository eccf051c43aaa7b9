// A case's stay in a place of detention, from the date a source gives: a transfer, or the first report of where the
// person is held. Public with its case. Each new stay follows the case's others, so the newest is the current place.
import { z } from "zod";
import { DatePrecision } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { STAY_CLAIM } from "@/lib/places/place-claims";
import { recordHandler, type Tx } from "./handler";
import { caseIsPublic, required } from "./shared";

const ZPlaceStayFields = z.object({
  placeId: z.string(),
  since: z.object({ date: z.date().nullable(), precision: z.enum(DatePrecision) }),
  note: z.string().nullable(),
});

type StayFields = z.output<typeof ZPlaceStayFields>;

/** A stay names a place in its case's country: the form offers no other, and a crafted request gets a clear no. */
async function assertPlaceInCaseCountry(tx: Tx, caseId: string, placeId: string) {
  const [found, place] = await Promise.all([
    tx.case.findUnique({ where: { id: caseId }, select: { countryCode: true } }),
    tx.place.findUnique({ where: { id: placeId }, select: { countryCode: true } }),
  ]);
  if (!found) throw new AppError("NOT_FOUND", "This case does not exist.");
  if (!place || place.countryCode !== found.countryCode)
    throw new AppError("INVALID_INPUT", "Choose a place in the case's country.", {
      fieldErrors: { "fields.placeId": ["invalidPlace"] },
    });
}

const stayData = (f: StayFields) => ({
  placeId: f.placeId,
  date: f.since.date,
  datePrecision: f.since.precision,
  note: f.note,
});

const caseOfStay = async (tx: Tx, id: string) =>
  (await tx.placeStay.findUnique({ where: { id }, select: { caseId: true } }))?.caseId ?? null;

export const placeStayHandler = recordHandler(ZPlaceStayFields, {
  table: "place_stay",
  load: async (tx, id) => {
    const row = await tx.placeStay.findUnique({ where: { id } });
    return (
      row && {
        values: { placeId: row.placeId, since: { date: row.date, precision: row.datePrecision }, note: row.note },
        updatedAt: row.updatedAt,
        caseId: row.caseId,
      }
    );
  },
  create: async (tx, f, links, cited) => {
    const caseId = required(links.caseId, "case");
    await assertPlaceInCaseCountry(tx, caseId, f.placeId);
    const last = await tx.placeStay.aggregate({ where: { caseId }, _max: { sequence: true } });
    const row = await tx.placeStay.create({
      data: { ...stayData(f), caseId, sequence: (last._max.sequence ?? 0) + 1 },
    });
    if (cited) await tx.citation.create({ data: { ...cited, claim: STAY_CLAIM, placeStayId: row.id } });
    return { id: row.id, caseId };
  },
  update: async (tx, id, f) => {
    await assertPlaceInCaseCountry(tx, required(await caseOfStay(tx, id), "case"), f.placeId);
    await tx.placeStay.update({ where: { id }, data: stayData(f) });
  },
  remove: async (tx, id) => {
    await tx.citation.deleteMany({ where: { placeStayId: id } });
    await tx.placeStay.delete({ where: { id } });
  },
  isPublic: async (tx, id, links) => caseIsPublic(tx, id ? await caseOfStay(tx, id) : links.caseId),
  check: async (tx, id, f, links) =>
    assertPlaceInCaseCountry(tx, required(id ? await caseOfStay(tx, id) : links.caseId, "case"), f.placeId),
});
