// A source is public only when something public cites it: the source of a draft or of a deleted case, or a
// document only they quote, is in no API list and has no page, and their demands stay off the country's laws.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as apiSources } from "@/app/api/v1/sources/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { getCountryPage } from "@/lib/server/public/get-country-page";
import { getSourcePage } from "@/lib/server/public/get-source-page";
import { SAMARKAND_DECLARATION } from "@/prisma/seed-data/sources";
import { createCase, deleteTestCase, TEST_COUNTRY } from "../factories/cases";

const db = createPrismaClient(databaseTarget());
const tag = randomBytes(4).toString("hex");
type Created = Awaited<ReturnType<typeof createCase>>;
const made: { cases: Created[]; sources: string[]; law?: string } = { cases: [], sources: [] };
const ids = {
  draftSource: "",
  draftQuoted: "",
  deletedSource: "",
  publicSource: "",
  draftDemand: "",
  publicDemand: "",
};

async function source(title: string): Promise<string> {
  const row = await db.source.create({
    data: {
      title,
      publisher: `${title} publisher`,
      url: `https://example.org/${tag}/${made.sources.length}`,
      kind: "NEWS_ARTICLE",
    },
  });
  made.sources.push(row.id);
  return row.id;
}

beforeAll(async () => {
  ids.draftSource = await source(`Draft's source ${tag}`);
  ids.draftQuoted = await source(`Quoted only in a draft ${tag}`);
  ids.deletedSource = await source(`Deleted case's source ${tag}`);
  ids.publicSource = await source(`Published case's source ${tag}`);
  const draft = await createCase(db, { visibility: "DRAFT", sourceId: ids.draftSource });
  const deleted = await createCase(db, { visibility: "PUBLISHED", sourceId: ids.deletedSource });
  const published = await createCase(db, { visibility: "PUBLISHED", sourceId: ids.publicSource });
  made.cases.push(draft, deleted, published);
  await db.case.update({ where: { id: deleted.caseId }, data: { deletedAt: new Date() } });
  await db.citation.create({
    data: {
      sourceId: ids.publicSource,
      quotedSourceId: ids.draftQuoted,
      quote: `quoting ${tag}`,
      claim: "status",
      caseId: draft.caseId,
    },
  });
  const law = await db.law.create({ data: { countryCode: TEST_COUNTRY.code, name: `Law ${tag}`, status: "IN_FORCE" } });
  made.law = law.id;
  const demand = (caseId: string, description: string) =>
    db.demand.create({
      data: {
        kind: "RELEASE",
        description,
        targetAuthority: "Government",
        caseId,
        countryCode: TEST_COUNTRY.code,
        lawId: law.id,
      },
    });
  ids.draftDemand = (await demand(draft.caseId, `Draft's demand ${tag}`)).id;
  ids.publicDemand = (await demand(published.caseId, `Published demand ${tag}`)).id;
});

afterAll(async () => {
  await db.demand.deleteMany({ where: { lawId: made.law } });
  for (const c of made.cases) await deleteTestCase(db, c);
  await db.law.deleteMany({ where: { id: made.law } });
  await db.source.deleteMany({ where: { id: { in: made.sources } } });
  await db.$disconnect();
});

async function listedSourceIds(): Promise<{ ids: string[]; total: number; text: string }> {
  const response = await apiSources(new Request("http://habeas.test/api/v1/sources?limit=100"), {
    params: Promise.resolve({}),
  } as never);
  const text = await response.text();
  const body = JSON.parse(text) as { data: { id: string }[]; total: number };
  return { ids: body.data.map((s) => s.id), total: body.total, text };
}

describe("which sources are public", () => {
  it("lists in the API only sources that something public cites or quotes", async () => {
    const { ids: listed, total, text } = await listedSourceIds();
    expect(listed).toContain(ids.publicSource);
    expect(listed).toContain(SAMARKAND_DECLARATION); // quoted by the statement, cited by nothing itself
    for (const hidden of [ids.draftSource, ids.draftQuoted, ids.deletedSource]) expect(listed).not.toContain(hidden);
    expect(text).not.toMatch(new RegExp(`(Draft's source|Quoted only in a draft|Deleted case's source) ${tag}`));
    expect(total).toBe(listed.length);
  });

  it("has no page for the source of a draft or a deleted case, or a document only a draft quotes", async () => {
    expect(await getSourcePage(ids.draftSource)).toBeNull();
    expect(await getSourcePage(ids.draftQuoted)).toBeNull();
    expect(await getSourcePage(ids.deletedSource)).toBeNull();
    const page = await getSourcePage(ids.publicSource);
    expect(page?.source.title).toBe(`Published case's source ${tag}`);
    // The published case's four citations (the person's roles, the case's status and sentence, the status event);
    // the draft's citation that also cites this source is left out.
    expect(page?.citations.map((c) => c.claim).sort()).toEqual(["roles", "sentence", "status", "status"]);
    expect(page?.quotedIn).toHaveLength(0);
  });

  it("keeps the declaration's page, which only the statement's quoted passages reach", async () => {
    const page = await getSourcePage(SAMARKAND_DECLARATION);
    expect(page?.quotedIn.length).toBeGreaterThan(0);
  });

  it("lists on the country page only public sources, and under a law only public demands", async () => {
    const page = (await getCountryPage(TEST_COUNTRY.code))!;
    const sourceIds = page.sources.map((s) => s.id);
    expect(sourceIds).toContain(ids.publicSource);
    for (const hidden of [ids.draftSource, ids.draftQuoted, ids.deletedSource]) expect(sourceIds).not.toContain(hidden);
    const law = page.laws.find((l) => l.name === `Law ${tag}`)!;
    expect(law.demands.map((d) => d.id)).toEqual([ids.publicDemand]);
  });

  it("leaves a draft's demand out of the briefing's laws", async () => {
    const briefing = (await getCountryBriefing({ code: TEST_COUNTRY.code, locale: "en" }))!;
    const law = briefing.laws.find((l) => l.name === `Law ${tag}`)!;
    expect(law.demands.map((d) => d.description)).toEqual([`Published demand ${tag}`]);
    expect(JSON.stringify(briefing)).not.toMatch(
      new RegExp(`(Draft's source|Quoted only in a draft|Deleted case's source) ${tag}`),
    );
  });
});
