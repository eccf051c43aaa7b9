// Builds a place of detention, cited like any public fact under the claims the places editor writes
// (lib/places/place-claims.ts), and a case's stays in places, with unique values so tests never collide; and removes
// them again, before deleteTestCase removes the case.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { PLACE_CLAIMS, STAY_CLAIM } from "@/lib/places/place-claims";
import { TEST_COUNTRY } from "./cases";

type PlaceOptions = {
  name?: string;
  country?: string;
  addressLocal?: string | null;
  addressLatin?: string | null;
  letterRules?: string | null;
  letterNeedsBirthYear?: boolean;
  sourceId?: string;
};

const SOURCE = "src-samarkand-ngo-statement";

export async function createPlace(db: Db, options: PlaceOptions = {}) {
  const tag = randomBytes(4).toString("hex");
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  const sourceId = options.sourceId ?? SOURCE;
  const fields = {
    name: options.name ?? `Test Prison ${tag}`,
    region: `Region ${tag}`,
    addressLocal: options.addressLocal === undefined ? `ул. Тестовая, ${tag}` : options.addressLocal,
    addressLatin: options.addressLatin === undefined ? `ul. Testovaya, ${tag}` : options.addressLatin,
    letterRules: options.letterRules === undefined ? `Rules ${tag}` : options.letterRules,
  };
  const cite = (field: keyof typeof fields) =>
    fields[field] === null ? [] : [{ sourceId, claim: PLACE_CLAIMS[field], quote: `${field} ${tag}` }];
  return db.place.create({
    data: {
      slug: `test-place-${tag}`,
      kind: "PRISON",
      countryCode: options.country ?? TEST_COUNTRY.code,
      letterNeedsBirthYear: options.letterNeedsBirthYear ?? false,
      ...fields,
      citations: {
        create: [
          ...cite("name"),
          ...cite("region"),
          ...cite("addressLocal"),
          ...cite("addressLatin"),
          ...cite("letterRules"),
        ],
      },
    },
    select: { id: true, slug: true, name: true },
  });
}

/** The case's next stay (the current one from now on), in `placeId`, cited, as an applied stay would be. */
export async function addStay(db: Db, caseId: string, placeId: string, sourceId = SOURCE) {
  const last = await db.placeStay.aggregate({ where: { caseId }, _max: { sequence: true } });
  const sequence = (last._max.sequence ?? 0) + 1;
  return db.placeStay.create({
    data: {
      caseId,
      placeId,
      sequence,
      citations: { create: { sourceId, claim: STAY_CLAIM, quote: `stay ${caseId} ${sequence}` } },
    },
    select: { id: true },
  });
}

/** Removes the stays of these cases, then these places, with their citations and names. */
export async function deletePlaces(db: Db, caseIds: string[], placeIds: string[]) {
  await db.$transaction(async (tx) => {
    const stays = await tx.placeStay.findMany({
      where: { OR: [{ caseId: { in: caseIds } }, { placeId: { in: placeIds } }] },
      select: { id: true },
    });
    await tx.citation.deleteMany({
      where: { OR: [{ placeStayId: { in: stays.map((s) => s.id) } }, { placeId: { in: placeIds } }] },
    });
    await tx.placeStay.deleteMany({ where: { id: { in: stays.map((s) => s.id) } } });
    await tx.placeName.deleteMany({ where: { placeId: { in: placeIds } } });
    await tx.place.deleteMany({ where: { id: { in: placeIds } } });
  });
}
