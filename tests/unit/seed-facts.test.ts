// The seed says nothing its documents do not: each quote stands verbatim in the post its source names.
import { describe, expect, it } from "vitest";
import { buildSeedRows } from "@/lib/seed/build-rows";
import { seedData } from "@/prisma/seed-data";
import { INTERCEPT_ARTICLE, SAMARKAND_STATEMENT } from "@/prisma/seed-data/sources";
import { PEOPLE_BY_COUNTRY, STATEMENT_PEOPLE } from "../support/seed-expectations";
import { POSTS } from "../support/seed-document";
import { normaliseSpace } from "../support/text";

const rows = buildSeedRows(seedData);
const POST_OF: Record<string, string> = {
  [SAMARKAND_STATEMENT]: POSTS.statement,
  [INTERCEPT_ARTICLE]: POSTS.intercept,
};

describe("seed facts", () => {
  it("quotes every passage verbatim from the post of the source it cites", () => {
    const misquoted = rows.citations.filter((c) => {
      const post = POST_OF[c.sourceId];
      return !post || !post.includes(normaliseSpace(c.quote));
    });
    expect(misquoted.map((c) => c.quote)).toEqual([]);
  });

  it("spells every named person exactly as the source does", () => {
    for (const person of rows.people.filter((p) => !p.isUnnamed)) {
      const inStatement = POSTS.statement.includes(person.fullName);
      const inIntercept = POSTS.intercept.includes(person.fullName);
      expect(inStatement || inIntercept, person.fullName).toBe(true);
    }
  });

  it("holds the 26 people of the statement and the three former Guantánamo detainees", () => {
    expect(STATEMENT_PEOPLE).toHaveLength(26);
    expect(rows.people.map((p) => p.fullName).sort()).toEqual(Object.values(PEOPLE_BY_COUNTRY).flat().sort());
  });

  it("cites the roles and the status of every person, every demand, law and case fact, and every sentence", () => {
    const cited = (
      key: "personId" | "caseId" | "demandId" | "lawId" | "statusEventId" | "caseFactId",
      id: string,
      claim?: string,
    ) => rows.citations.some((c) => c[key] === id && (!claim || c.claim === claim));
    for (const p of rows.people) expect(cited("personId", p.id, "roles"), p.slug).toBe(true);
    for (const c of rows.cases.filter((x) => x.sentence)) expect(cited("caseId", c.id, "sentence"), c.id).toBe(true);
    for (const e of rows.statusEvents) expect(cited("statusEventId", e.id), e.id).toBe(true);
    for (const f of rows.caseFacts) expect(cited("caseFactId", f.id), f.id).toBe(true);
    for (const d of rows.demands) expect(cited("demandId", d.id), d.id).toBe(true);
    for (const l of rows.laws) expect(cited("lawId", l.id), l.id).toBe(true);
  });

  it("invents no sentence, prison, arrest date or charge article", () => {
    expect(
      rows.cases
        .filter((c) => c.sentence)
        .map((c) => c.id)
        .sort(),
    ).toEqual(["case-aike-beishekeyeva", "case-aktilek-kaparov"]);
    expect(rows.charges.every((ch) => ch.article === null)).toBe(true);
    expect(rows.cases.every((c) => !("facility" in c) && !("arrestDate" in c))).toBe(true);
  });

  it("gives each citation a unique id, so the seed can be re-run", () => {
    expect(new Set(rows.citations.map((c) => c.id)).size).toBe(rows.citations.length);
  });
});
