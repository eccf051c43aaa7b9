// Finding people by any spelling: Cyrillic, romanisation variants, partial and misspelled names, accents,
// ranked exact, then prefix, then fuzzy; hostile input gives ordinary empty results.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { listPublicCases } from "@/lib/server/public/list-cases";
import { searchBiographies } from "@/lib/server/public/search-biographies";
import { searchPeople } from "@/lib/server/public/search-people";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { nameKey } from "@/lib/search/name-key";
import { findPossibleDuplicates } from "@/lib/server/cases/find-possible-duplicates";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { getRecord } from "@/lib/server/records/get-record";
import { saveRecord } from "@/lib/server/records/save-record";
import { createCase, deleteTestCase } from "../factories/cases";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());
const names = async (q: string) => (await searchPeople(q)).map((m) => m.fullName);

describe("name search", () => {
  it("finds Marat Zhylanbayev from Cyrillic and from other romanisations", async () => {
    for (const q of ["Жыланбаев", "Jylanbaev", "Zhylanbaev", "zhylanbayev"])
      expect((await names(q))[0], q).toBe("Marat Zhylanbayev");
  });

  it("finds partial and misspelled names", async () => {
    expect(await names("Kurashi")).toContain("Sabri al-Qurashi");
    expect(await names("Khanaina")).toContain("Muhammad Ali Husayn Khanayna");
    expect(await names("Ёров")).toContain("Buzurgmehr Yorov");
  });

  it("matches with or without accents", async () => {
    const c = await createCase(db, { fullName: "Zoé Müller-Ní" });
    expect(await names("zoe muller ni")).toContain("Zoé Müller-Ní");
    await deleteTestCase(db, c);
  });

  it("ranks an exact match before a prefix match before a fuzzy one", async () => {
    const made = [];
    for (const fullName of ["Test Rankov", "Test Rankovich", "Test Rankof"]) {
      const c = await createCase(db, { fullName });
      made.push(c);
    }
    const ranked = (await searchPeople("test rankov")).filter((m) => m.fullName.startsWith("Test Rank"));
    expect(ranked.map((m) => [m.fullName, m.rank])).toEqual([
      ["Test Rankov", 0],
      ["Test Rankovich", 1],
      ["Test Rankof", 2],
    ]);
    for (const c of made) await deleteTestCase(db, c);
  });

  it("treats quotes, wildcards, backslashes, SQL and very long input as plain text", async () => {
    for (const q of ["'", '"', "%", "_", "\\", "' OR 1=1 --", "'); DROP TABLE person; --", "%_%", "x".repeat(5000)]) {
      await expect(searchPeople(q), q).resolves.toEqual([]);
    }
    expect(await db.person.count()).toBeGreaterThan(0);
  });

  it("powers the /cases name filter too", async () => {
    const { rows } = await listPublicCases(parseCaseListQuery({ q: "Жыланбаев" }).query);
    expect(rows.map((r) => r.fullName)).toEqual(["Marat Zhylanbayev"]);
  });

  it("keeps the search key current when an editor renames a person", async () => {
    const c = await createCase(db, { visibility: "DRAFT", fullName: "Old Name" });
    actAs(await createTestUser(db));
    const record = (await getRecord("person", c.personId))!;
    await saveRecord({
      type: "person",
      id: c.personId,
      seen: record.seen,
      fields: { fullName: "Новое Имя", roles: ["BLOGGER"], biography: "", gender: "", birthYear: "" },
      citation: statusForm("", 1).citation,
    });
    expect((await db.person.findUniqueOrThrow({ where: { id: c.personId } })).searchName).toBe(nameKey("Novoe Imya"));
    await deleteTestCase(db, c);
  });

  it("warns of likely duplicates before a person is created, drafts and other countries included", async () => {
    actAs(await createTestUser(db));
    const draft = await createCase(db, { visibility: "DRAFT", fullName: "Marat Zhilanbaev", country: "KG" });
    const matches = await findPossibleDuplicates("Марат Жыланбаев", "KZ");
    expect(matches.map((m) => m.fullName).slice(0, 2)).toEqual(["Marat Zhylanbayev", "Marat Zhilanbaev"]);
    expect(await findPossibleDuplicates("Completely Different")).toEqual([]);
    await deleteTestCase(db, draft);
  });

  it("finds a person by an external identifier, which their page then shows", async () => {
    const c = await createCase(db, { fullName: "Identified Person" });
    const [author, reviewer] = [await createTestUser(db), await createTestUser(db)];
    actAs(author);
    const saved = await saveRecord({
      type: "externalId",
      personId: c.personId,
      fields: { scheme: "WGAD_OPINION", value: "No. 12/2020", url: "https://example.org/wgad/12-2020" },
    });
    if (saved.pendingReview) {
      actAs(reviewer);
      const change = await db.changeRequest.findFirstOrThrow({ where: { createdById: author.id, state: "PENDING" } });
      await approveChange(db, change.id);
    }
    expect(await names("12/2020")).toEqual(["Identified Person"]);
    const page = await getPersonPage(c.slug);
    expect(page!.identifiers.map((i) => [i.scheme, i.value, i.url])).toEqual([
      ["WGAD_OPINION", "No. 12/2020", "https://example.org/wgad/12-2020"],
    ]);
    await deleteTestCase(db, c);
  });

  it("never finds a person whose only case is a draft", async () => {
    const c = await createCase(db, { visibility: "DRAFT", fullName: "Hidden Draftperson" });
    expect(await names("Draftperson")).toEqual([]);
    await deleteTestCase(db, c);
  });
});

describe("biography search", () => {
  it("finds a person by words of their biography and marks the words in the excerpt", async () => {
    const [match, ...others] = await searchBiographies("education");
    expect(others).toEqual([]);
    expect(match?.fullName).toBe("Sabri al-Qurashi");
    expect(match?.excerpt.filter((run) => run.match).map((run) => run.text.toLowerCase())).toEqual(["education"]);
    expect(match?.excerpt.map((run) => run.text).join("")).toContain("no right to see");
  });

  it("needs every word of the query, and treats operators and symbols as text", async () => {
    expect((await searchBiographies("education family")).map((m) => m.fullName)).toEqual(["Sabri al-Qurashi"]);
    expect(await searchBiographies("education zzzunknownword")).toEqual([]);
    for (const q of ["'", "\\", "!!&|:*", "' OR 1=1 --", '"unclosed', "x".repeat(5000)]) {
      await expect(searchBiographies(q), q).resolves.toEqual([]);
    }
  });

  it("never searches the biography of a person whose only case is a draft", async () => {
    const c = await createCase(db, { visibility: "DRAFT", fullName: "Draft Biographee" });
    await db.person.update({ where: { id: c.personId }, data: { biography: "Worked as a lighthousekeeper." } });
    expect(await searchBiographies("lighthousekeeper")).toEqual([]);
    await db.case.update({ where: { id: c.caseId }, data: { visibility: "PUBLISHED" } });
    expect((await searchBiographies("lighthousekeeper")).map((m) => m.fullName)).toEqual(["Draft Biographee"]);
    await deleteTestCase(db, c);
  });
});
