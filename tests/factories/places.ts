// Builds a cited place of detention in the test country, with unique values so tests never collide.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { TEST_COUNTRY } from "./cases";

export async function createPlace(db: Db, options: { country?: string; name?: string } = {}) {
  const tag = randomBytes(4).toString("hex");
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  const name = options.name ?? `Test Colony ${tag}`;
  return db.place.create({
    data: {
      slug: `test-colony-${tag}`,
      name,
      kind: "PENAL_COLONY",
      countryCode: options.country ?? TEST_COUNTRY.code,
      region: `Region ${tag}`,
      addressLocal: `Address ${tag}`,
      citations: {
        create: [
          { sourceId: "src-samarkand-ngo-statement", quote: `name ${tag}`, claim: "name" },
          { sourceId: "src-samarkand-ngo-statement", quote: `address ${tag}`, claim: "address" },
        ],
      },
    },
    select: { id: true, slug: true, name: true },
  });
}

/** Puts a case in a place directly, as an applied stay would (after the case's other stays). */
export async function addStay(db: Db, caseId: string, placeId: string) {
  const last = await db.placeStay.aggregate({ where: { caseId }, _max: { sequence: true } });
  return db.placeStay.create({
    data: {
      caseId,
      placeId,
      sequence: (last._max.sequence ?? 0) + 1,
      citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: `held ${caseId}`, claim: "stay" } },
    },
    select: { id: true },
  });
}
