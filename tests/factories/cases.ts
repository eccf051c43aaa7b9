// Builds a person with one case and its first status event, with unique values so tests never collide.
import { randomBytes } from "node:crypto";
import { confidentialCaseValues } from "@/lib/db/confidential-columns";
import type { Db } from "@/lib/db/create-client";
import type { CaseStatus, Visibility } from "@/lib/generated/prisma/enums";
import { nameKey } from "@/lib/search/name-key";

type Options = {
  visibility?: Visibility;
  status?: CaseStatus;
  country?: string;
  fullName?: string;
  confidential?: string;
  sourceId?: string;
};

/** Test cases live in a country the seed never uses, so they cannot change the seeded countries' lists. */
export const TEST_COUNTRY = { code: "XA", name: "Testland" };

export async function createCase(db: Db, options: Options = {}) {
  const tag = randomBytes(4).toString("hex");
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  const fullName = options.fullName ?? `Test Person ${tag}`;
  const status = options.status ?? "IMPRISONED";
  const sourceId = options.sourceId ?? "src-samarkand-ngo-statement";
  return db.$transaction(async (tx) => {
    const person = await tx.person.create({
      data: {
        slug: `test-person-${tag}`,
        fullName,
        searchName: nameKey(fullName),
        roles: ["JOURNALIST"],
        citations: { create: { sourceId, quote: `roles ${tag}`, claim: "roles" } },
      },
    });
    const created = await tx.case.create({
      data: {
        personId: person.id,
        countryCode: options.country ?? TEST_COUNTRY.code,
        status,
        visibility: options.visibility ?? "PUBLISHED",
        sentence: `sentence ${tag}`,
        // Every column of the one list, so a confidential column added there gets the canary too.
        ...confidentialCaseValues(options.confidential ?? null),
        // Every public fact cited, as publishing requires: the country and sentence here, the status on its event.
        citations: {
          create: [
            { sourceId, quote: `country ${tag}`, claim: "country" },
            { sourceId, quote: `status ${tag}`, claim: "status" },
            { sourceId, quote: `sentence ${tag}`, claim: "sentence" },
          ],
        },
        statusEvents: {
          create: {
            toStatus: status,
            sequence: 1,
            note: `note ${tag}`,
            citations: { create: { sourceId, quote: `event ${tag}`, claim: "status" } },
          },
        },
      },
      select: { id: true },
    });
    return { personId: person.id, caseId: created.id, slug: person.slug, fullName, tag };
  });
}

/** Removes a test case and everything hanging off it, so tests on seeded countries leave no trace. */
export async function deleteTestCase(db: Db, created: { personId: string; caseId: string }) {
  await db.$transaction(async (tx) => {
    const charges = await tx.caseCharge.findMany({ where: { caseId: created.caseId }, select: { chargeId: true } });
    const demands = await tx.demand.findMany({ where: { caseId: created.caseId }, select: { id: true } });
    const events = await tx.statusEvent.findMany({ where: { caseId: created.caseId }, select: { id: true } });
    const facts = await tx.caseFact.findMany({ where: { caseId: created.caseId }, select: { id: true } });
    const stays = await tx.placeStay.findMany({ where: { caseId: created.caseId }, select: { id: true } });
    await tx.citation.deleteMany({
      where: {
        OR: [
          { personId: created.personId },
          { caseId: created.caseId },
          { statusEventId: { in: events.map((e) => e.id) } },
          { chargeId: { in: charges.map((c) => c.chargeId) } },
          { demandId: { in: demands.map((d) => d.id) } },
          { caseFactId: { in: facts.map((f) => f.id) } },
          { placeStayId: { in: stays.map((s) => s.id) } },
        ],
      },
    });
    await tx.caseCharge.deleteMany({ where: { caseId: created.caseId } });
    await tx.charge.deleteMany({ where: { id: { in: charges.map((c) => c.chargeId) } } });
    await tx.demand.deleteMany({ where: { caseId: created.caseId } });
    await tx.statusEvent.deleteMany({ where: { caseId: created.caseId } });
    await tx.caseFact.deleteMany({ where: { caseId: created.caseId } });
    await tx.placeStay.deleteMany({ where: { caseId: created.caseId } });
    await tx.changeRequest.deleteMany({ where: { caseId: created.caseId } });
    await tx.case.delete({ where: { id: created.caseId } });
    await tx.personAlias.deleteMany({ where: { personId: created.personId } });
    await tx.person.delete({ where: { id: created.personId } });
  });
}

/** The case's version as a form made from it now would carry. */
export async function caseVersion(db: Db, caseId: string): Promise<number> {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
}
