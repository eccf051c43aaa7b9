// Editing the records around a case: people, spellings, charges, demands, laws, organisations, sources, citations.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { deleteRecord } from "@/lib/server/records/delete-record";
import { getRecord } from "@/lib/server/records/get-record";
import { getStaffCase } from "@/lib/server/cases/get-staff-case";
import { listRecords } from "@/lib/server/records/list-records";
import { saveRecord } from "@/lib/server/records/save-record";
import { createCase, deleteTestCase } from "../factories/cases";
import type { TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveLatestOf, editorsUnderFourEyes } from "../support/approve-latest";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let editorA: TestUser;
let editorB: TestUser;
const citation = statusForm("", 1).citation;

beforeAll(async () => {
  [editorA, editorB] = await editorsUnderFourEyes(db);
});
beforeEach(() => actAs(editorA));
afterAll(() => db.$disconnect());

const approveLatest = () => approveLatestOf(db, editorA, editorB);

describe("records", () => {
  it("adds a cited charge and a cited spelling to a published case only after review", async () => {
    const c = await createCase(db);
    const charge = await saveRecord({
      type: "charge",
      caseId: c.caseId,
      fields: { countryCode: "XA", article: "Art. 307", description: "Spreading false information" },
      citation,
    });
    expect(charge.pendingReview).toBe(true);
    expect((await getPersonPage(c.slug))!.cases[0]!.charges).toEqual([]);
    await approveLatest();
    const page = (await getPersonPage(c.slug))!;
    expect(
      page.cases[0]!.charges.map((x) => [x.charge.description, x.charge.article, x.charge.citations[0]?.quote]),
    ).toEqual([["Spreading false information", "Art. 307", citation.quote]]);

    await saveRecord({
      type: "alias",
      personId: c.personId,
      fields: { name: "Тест Персон", script: "CYRILLIC", kind: "NATIVE_SPELLING", origin: "SOURCE" },
      citation,
    });
    await approveLatest();
    const withAlias = (await getPersonPage(c.slug))!;
    expect(withAlias.aliases.map((a) => a.name)).toEqual(["Тест Персон"]);
    expect(withAlias.citations.some((x) => x.claim === "alias: Тест Персон")).toBe(true);
  });

  it("edits a draft's person at once and refuses a stale edit", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const before = (await getRecord("person", c.personId))!;
    const saved = await saveRecord({
      type: "person",
      id: c.personId,
      seen: before.seen,
      fields: { fullName: "Renamed Person", roles: ["LAWYER"], biography: "A lawyer.", gender: "", birthYear: "" },
      citation,
    });
    expect(saved.pendingReview).toBe(false);
    const person = await db.person.findUniqueOrThrow({ where: { id: c.personId } });
    expect([person.fullName, person.roles, person.biography]).toEqual(["Renamed Person", ["LAWYER"], "A lawyer."]);
    await expect(
      saveRecord({
        type: "person",
        id: c.personId,
        seen: before.seen,
        fields: { fullName: "Other Name", roles: ["LAWYER"], biography: "", gender: "", birthYear: "" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "staleVersion" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: c.personId, action: "RECORD_UPDATED" } });
    expect(audit.diff).toMatchObject({ fullName: [c.fullName, "Renamed Person"] });
    // The refused attempt is audited too, as a stale case save is.
    const refused = await db.auditLog.findMany({
      where: { entityId: c.personId, action: "RECORD_UPDATE_CONFLICT" },
      select: { actorId: true, meta: true },
    });
    expect(refused).toEqual([
      {
        actorId: editorA.id,
        meta: expect.objectContaining({
          seen: before.seen,
          attempted: expect.objectContaining({ fullName: "Other Name" }),
        }),
      },
    ]);
    expect((await db.person.findUniqueOrThrow({ where: { id: c.personId } })).fullName).toBe("Renamed Person");
  });

  it("writes a citation added on its own with its source, under its own id, and audits that id", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const saved = await saveRecord({
      type: "citation",
      target: { type: "case", id: c.caseId },
      fields: { claim: "sentence", locator: "p. 2" },
      citation: { ...citation, sourceId: "src-samarkand-ngo-statement", newSourceTitle: "" },
    });
    expect(saved.pendingReview).toBe(false);
    const row = await db.citation.findUnique({ where: { id: saved.id ?? "" } });
    expect(row).toMatchObject({
      caseId: c.caseId,
      claim: "sentence",
      locator: "p. 2",
      sourceId: "src-samarkand-ngo-statement",
      quote: citation.quote,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "RECORD_CREATED", entityType: "citation", meta: { path: ["caseId"], equals: c.caseId } },
    });
    expect(audit.entityId).toBe(saved.id);
  });

  it("requires a source and quote for a new law, and creates sources and organisations without one", async () => {
    await expect(
      saveRecord({ type: "law", fields: { countryCode: "XA", name: "Test law", description: "", status: "IN_FORCE" } }),
    ).rejects.toMatchObject({
      name: "ZodError",
      issues: [expect.objectContaining({ path: ["citation", "quote"], message: "required" })],
    });
    const law = await saveRecord({
      type: "law",
      fields: { countryCode: "XA", name: "Test law", description: "", status: "PLANNED" },
      citation,
    });
    expect(law.pendingReview).toBe(true);
    await approveLatest();
    expect(await db.law.count({ where: { name: "Test law", citations: { some: { quote: citation.quote } } } })).toBe(1);

    await saveRecord({
      type: "source",
      fields: {
        title: "A new report",
        publisher: "",
        authors: "A. Writer, B. Writer",
        url: "",
        kind: "UN_REPORT",
        published: "2024-11",
      },
    });
    await approveLatest();
    const source = await db.source.findFirstOrThrow({ where: { title: "A new report" } });
    expect([source.authors, source.publishedPrecision]).toEqual([["A. Writer", "B. Writer"], "MONTH"]);
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const audit = await db.auditLog.count();
    await expect(
      saveRecord({
        type: "demand",
        fields: { kind: "NOPE", description: "", targetAuthority: "x".repeat(400), status: "OPEN" },
      }),
    ).rejects.toMatchObject({
      name: "ZodError",
    });
    await expect(saveRecord({ type: "nonsense", fields: {} })).rejects.toMatchObject({ name: "ZodError" });
    expect(await db.auditLog.count()).toBe(audit);
  });

  it("removes a spelling through review", async () => {
    const c = await createCase(db);
    await saveRecord({
      type: "alias",
      personId: c.personId,
      fields: { name: "Removable", script: "LATIN", kind: "TRANSLITERATION", origin: "EDITORIAL" },
      citation,
    });
    await approveLatest();
    const alias = await db.personAlias.findFirstOrThrow({ where: { personId: c.personId } });
    expect((await deleteRecord({ type: "alias", id: alias.id })).pendingReview).toBe(true);
    await approveLatest();
    expect(await db.personAlias.count({ where: { personId: c.personId } })).toBe(0);
  });

  it("lists a published case's citation in its editor and removes it only once a second editor approves", async () => {
    const c = await createCase(db);
    const source = await db.source.create({ data: { title: "Removal test source", kind: "NEWS_ARTICLE" } });
    const cited = await db.citation.create({
      data: { sourceId: source.id, quote: "A quote to be removed.", claim: "case", caseId: c.caseId },
    });
    const listed = await getStaffCase(c.caseId);
    expect(listed?.citations.map((x) => [x.id, x.quote, x.source.title])).toContainEqual([
      cited.id,
      "A quote to be removed.",
      "Removal test source",
    ]);
    const { seen } = (await getRecord("citation", cited.id))!;
    expect((await deleteRecord({ type: "citation", id: cited.id, seen })).pendingReview).toBe(true);
    expect(await db.citation.count({ where: { id: cited.id } })).toBe(1);
    const request = await db.changeRequest.findFirstOrThrow({ where: { entityId: cited.id, state: "PENDING" } });
    expect(request.kind).toBe("DELETE_RECORD");
    await approveLatest();
    expect(await db.citation.count({ where: { id: cited.id } })).toBe(0);
    expect((await getStaffCase(c.caseId))?.citations.map((x) => x.id)).not.toContain(cited.id);
    const deleted = await db.auditLog.findFirstOrThrow({ where: { action: "RECORD_DELETED", entityId: cited.id } });
    expect(deleted.diff).toMatchObject({ claim: ["case", null] });
  });

  it("removes a published case's charge, demand and fact, with their citations, only once a second editor approves", async () => {
    const c = await createCase(db);
    const added = [
      { type: "charge", caseId: c.caseId, fields: { countryCode: "XA", article: "", description: `Charge ${c.tag}` } },
      {
        type: "demand",
        caseId: c.caseId,
        fields: { kind: "RELEASE", description: `Free ${c.tag}`, targetAuthority: "The court", status: "OPEN" },
      },
      { type: "caseFact", caseId: c.caseId, fields: { text: `Fact ${c.tag}` } },
    ] as const;
    const ids: string[] = [];
    for (const record of added) {
      await saveRecord({ ...record, citation });
      await approveLatest();
      const audit = await db.auditLog.findFirstOrThrow({
        where: { action: "RECORD_CREATED", entityType: record.type, meta: { path: ["caseId"], equals: c.caseId } },
        orderBy: { createdAt: "desc" },
      });
      ids.push(audit.entityId!);
    }
    const before = (await getPersonPage(c.slug))!.cases[0]!;
    expect([before.charges.length, before.demands.length, before.facts.length]).toEqual([1, 1, 1]);
    for (const [i, record] of added.entries()) {
      const { seen } = (await getRecord(record.type, ids[i]!))!;
      const removal = await deleteRecord({ type: record.type, id: ids[i], seen, caseId: c.caseId });
      expect(removal.pendingReview).toBe(true);
      const request = await db.changeRequest.findFirstOrThrow({ where: { entityId: ids[i], state: "PENDING" } });
      expect([request.kind, request.caseId]).toEqual(["DELETE_RECORD", c.caseId]);
      await approveLatest();
      expect(await db.auditLog.count({ where: { action: "RECORD_DELETED", entityId: ids[i] } })).toBe(1);
    }
    const after = (await getPersonPage(c.slug))!.cases[0]!;
    expect([after.charges.length, after.demands.length, after.facts.length]).toEqual([0, 0, 0]);
    // Nothing that supported them is left to be listed among the page's sources.
    expect(
      await db.citation.count({
        where: { OR: [{ chargeId: ids[0] }, { demandId: ids[1] }, { caseFactId: ids[2] }] },
      }),
    ).toBe(0);
    expect(await db.charge.count({ where: { id: ids[0] } })).toBe(0);
    await deleteTestCase(db, c);
  });

  it("removes a shared charge from the named case only, and refuses to guess which case", async () => {
    const [first, second] = [
      await createCase(db, { visibility: "DRAFT" }),
      await createCase(db, { visibility: "DRAFT" }),
    ];
    const charge = await db.charge.create({
      data: {
        countryCode: "XA",
        description: `Shared charge ${first.tag}`,
        cases: { create: [{ caseId: first.caseId }, { caseId: second.caseId }] },
        citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: "shared", claim: "charge" } },
      },
    });
    await expect(deleteRecord({ type: "charge", id: charge.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { reason: "chargeShared" },
    });
    expect((await deleteRecord({ type: "charge", id: charge.id, caseId: first.caseId })).pendingReview).toBe(false);
    expect(await db.caseCharge.findMany({ where: { chargeId: charge.id }, select: { caseId: true } })).toEqual([
      { caseId: second.caseId },
    ]);
    // The charge still stands against the other case, with what supports it.
    expect(await db.citation.count({ where: { chargeId: charge.id } })).toBe(1);
    await deleteTestCase(db, first);
    await deleteTestCase(db, second);
  });

  it("removes a spelling with the citation that supported it", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    await saveRecord({
      type: "alias",
      personId: c.personId,
      fields: { name: `Spelling ${c.tag}`, script: "LATIN", kind: "TRANSLITERATION", origin: "SOURCE" },
      citation,
    });
    const alias = await db.personAlias.findFirstOrThrow({ where: { personId: c.personId } });
    await deleteRecord({ type: "alias", id: alias.id });
    expect(await db.citation.count({ where: { personId: c.personId, claim: `alias: Spelling ${c.tag}` } })).toBe(0);
    await deleteTestCase(db, c);
  });

  it("searches a records list and says what each record belongs to", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const person = await db.person.findUniqueOrThrow({ where: { id: c.personId } });
    await db.demand.create({
      data: { kind: "RELEASE", description: `Free them ${c.caseId}`, targetAuthority: "The court", caseId: c.caseId },
    });
    const demands = await listRecords("demand", `free them ${c.caseId}`.toUpperCase());
    expect(demands.map((d) => d.detail)).toEqual([`${person.fullName} · The court`]);
    const laws = await listRecords("law", "nothing matches this");
    expect(laws).toEqual([]);
    // An uncited demand must not outlive the test: the seed test holds every demand to a citation.
    await deleteTestCase(db, c);
  });
});
