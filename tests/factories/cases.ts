// Builds a person with one case and its first status event, with unique values so tests never collide.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import type { CaseStatus, Visibility } from "@/lib/generated/prisma/enums";

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
      data: { slug: `test-person-${tag}`, fullName, roles: ["JOURNALIST"], citations: { create: { sourceId, quote: `roles ${tag}`, claim: "roles" } } },
    });
    const created = await tx.case.create({
      data: {
        personId: person.id,
        countryCode: options.country ?? TEST_COUNTRY.code,
        status,
        visibility: options.visibility ?? "PUBLISHED",
        sentence: `sentence ${tag}`,
        internalNotes: options.confidential ?? null,
        contactDetails: options.confidential ?? null,
        familyDetails: options.confidential ?? null,
        riskNote: options.confidential ?? null,
        citations: { create: { sourceId, quote: `status ${tag}`, claim: "status" } },
        statusEvents: {
          create: { toStatus: status, sequence: 1, note: `note ${tag}`, citations: { create: { sourceId, quote: `event ${tag}`, claim: "status" } } },
        },
      },
      select: { id: true },
    });
    return { personId: person.id, caseId: created.id, slug: person.slug, fullName, tag };
  });
}
