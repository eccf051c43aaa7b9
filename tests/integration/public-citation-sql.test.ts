// PUBLIC_CITATION has a Prisma form and an SQL form (the source page's one-statement read): on a database with
// every kind of claim, public and not, both must pick exactly the same citations.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimJoinsSql, publicCitationSql } from "@/lib/server/public/public-citation-sql";
import { PUBLIC_CITATION } from "@/lib/server/public/public-selects";
import { createCase, deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { addStay, createPlace, deletePlaces } from "../factories/places";

const db = createPrismaClient(databaseTarget());
const tag = randomBytes(4).toString("hex");
type Created = Awaited<ReturnType<typeof createCase>>;
const made: { cases: Created[]; places: string[]; sources: string[]; charges: string[]; demands: string[] } = {
  cases: [],
  places: [],
  sources: [],
  charges: [],
  demands: [],
};

async function source(title: string): Promise<string> {
  const row = await db.source.create({ data: { title: `${title} ${tag}`, kind: "NEWS_ARTICLE" } });
  made.sources.push(row.id);
  return row.id;
}

/** A case with a claim of every kind that hangs off a case: a charge, a demand, a fact and a stay, each cited. */
async function caseWithEveryClaim(visibility: "PUBLISHED" | "DRAFT", sourceId: string, placeId: string) {
  const created = await createCase(db, { visibility, sourceId });
  made.cases.push(created);
  const quote = (what: string) => ({ sourceId, quote: `${what} ${created.tag}`, claim: what });
  const charge = await db.charge.create({
    data: {
      countryCode: TEST_COUNTRY.code,
      description: `Charge ${created.tag}`,
      citations: { create: quote("charge") },
    },
  });
  made.charges.push(charge.id);
  await db.caseCharge.create({ data: { caseId: created.caseId, chargeId: charge.id } });
  const demand = await db.demand.create({
    data: {
      kind: "RELEASE",
      description: `Demand ${created.tag}`,
      targetAuthority: "Government",
      caseId: created.caseId,
      countryCode: TEST_COUNTRY.code,
      citations: { create: quote("demand") },
    },
  });
  made.demands.push(demand.id);
  await db.caseFact.create({
    data: { caseId: created.caseId, text: `Fact ${created.tag}`, sequence: 1, citations: { create: quote("fact") } },
  });
  await addStay(db, created.caseId, placeId, sourceId);
  return created;
}

beforeAll(async () => {
  const publicSource = await source("Cited for a published case");
  const draftSource = await source("Cited only for a draft");
  const place = await createPlace(db, { sourceId: publicSource });
  made.places.push(place.id);
  const published = await caseWithEveryClaim("PUBLISHED", publicSource, place.id);
  await caseWithEveryClaim("DRAFT", draftSource, place.id);
  const deleted = await caseWithEveryClaim("PUBLISHED", draftSource, place.id);
  await db.case.update({ where: { id: deleted.caseId }, data: { deletedAt: new Date() } });
  // A country's demand (no case), public; and passages that support no claim, in a public source and in a
  // source that only the draft and the deleted case cite.
  const countryDemand = await db.demand.create({
    data: {
      kind: "RELEASE",
      description: `Country demand ${tag}`,
      targetAuthority: "Government",
      countryCode: TEST_COUNTRY.code,
      citations: { create: { sourceId: publicSource, quote: `country demand ${tag}`, claim: "demand" } },
    },
  });
  made.demands.push(countryDemand.id);
  for (const sourceId of [publicSource, draftSource])
    await db.citation.create({
      data: { sourceId, quotedSourceId: publicSource, quote: `passage ${tag}`, claim: "quoted" },
    });
  expect(published.caseId).toBeTruthy();
});

afterAll(async () => {
  await db.citation.deleteMany({ where: { sourceId: { in: made.sources }, quotedSourceId: { not: null } } });
  await db.citation.deleteMany({ where: { demandId: { in: made.demands } } });
  await db.demand.deleteMany({ where: { id: { in: made.demands } } });
  await deletePlaces(
    db,
    made.cases.map((c) => c.caseId),
    made.places,
  );
  for (const c of made.cases) await deleteTestCase(db, c);
  await db.source.deleteMany({ where: { id: { in: made.sources } } });
  await db.$disconnect();
});

describe("PUBLIC_CITATION in SQL", () => {
  it("picks exactly the citations the Prisma form picks, over every citation in the database", async () => {
    const viaPrisma = await db.citation.findMany({ where: PUBLIC_CITATION, select: { id: true } });
    const viaSql = await db.$queryRaw<{ id: string }[]>`
      SELECT ci.id FROM citation ci ${claimJoinsSql("ci")} WHERE ${publicCitationSql("ci")}`;
    const all = await db.citation.count();
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(ids(viaSql)).toEqual(ids(viaPrisma));
    // The fixtures hold both answers: some citations are public, some not.
    expect(viaPrisma.length).toBeGreaterThan(0);
    expect(viaPrisma.length).toBeLessThan(all);
  });

  it("agrees for every kind of claim of the test cases, and for the passages that support none", async () => {
    const mine = { sourceId: { in: made.sources } } satisfies Prisma.CitationWhereInput;
    const publicIds = new Set(
      (await db.citation.findMany({ where: { AND: [mine, PUBLIC_CITATION] }, select: { id: true } })).map((r) => r.id),
    );
    const rows = await db.$queryRaw<{ id: string; claim: string; public: boolean }[]>`
      SELECT ci.id, ci.claim, ${publicCitationSql("ci")} AS public
      FROM citation ci ${claimJoinsSql("ci")} WHERE ci.source_id IN (${Prisma.join(made.sources)})`;
    for (const row of rows) expect(row.public, `${row.claim} ${row.id}`).toBe(publicIds.has(row.id));
    // Each kind of claim that hangs off a case appears public (the published case) and not (the draft, the deleted).
    for (const claim of ["charge", "demand", "fact", "quoted"]) {
      const answers = new Set(rows.filter((r) => r.claim === claim).map((r) => r.public));
      expect(answers, claim).toEqual(new Set([true, false]));
    }
  });
});
