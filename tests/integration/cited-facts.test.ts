// Every public fact cited (issue 13 §2): a changed fact needs a source and quote, publishing names uncited facts,
// the current status cites the event that set it, a release fills the release date and can meet release demands,
// and a quote missing from its source's text is flagged to the editor and the reviewer.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { currentStatusCitations } from "@/lib/citations/current-status";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { publishCase } from "@/lib/server/cases/publish-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { reviewChange } from "@/lib/server/changes/review-change";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { getSourcePage } from "@/lib/server/public/get-source-page";
import { saveRecord } from "@/lib/server/records/save-record";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { caseVersion, createCase, deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange, seenHashOf } from "../support/approve-change";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let editorA: TestUser;
let editorB: TestUser;
let admin: TestUser;

const SOURCE_TEXT =
  "The court released her on 3 May 2025.\n  Her lawyer said: “The sentence of five\u00a0years was quashed.”";

const noCitation = {
  sourceId: "",
  newSourceTitle: "",
  newSourcePublisher: "",
  newSourceUrl: "",
  newSourceKind: "NEWS_ARTICLE",
  newSourcePublished: "",
  quote: "",
};
const citing = (sourceId: string, quote: string) => ({ ...noCitation, sourceId, quote });

const editForm = (caseId: string, version: number, changes: Record<string, unknown> = {}) => ({
  caseId,
  version: String(version),
  countryCode: TEST_COUNTRY.code,
  sentence: "",
  facility: "",
  summary: "",
  arrest: "",
  conviction: "",
  release: "",
  internalNotes: "",
  contactDetails: "",
  familyDetails: "",
  riskNote: "",
  consentStatus: "YES",
  citation: noCitation,
  ...changes,
});

const versionOf = (caseId: string) => caseVersion(db, caseId);
const sentenceOf = async (c: { caseId: string; tag: string }) => `sentence ${c.tag}`;

async function sourceWithText(): Promise<string> {
  const source = await db.source.create({
    data: { title: `Court report ${randomBytes(3).toString("hex")}`, kind: "NEWS_ARTICLE", text: SOURCE_TEXT },
  });
  return source.id;
}

beforeAll(async () => {
  editorA = await createTestUser(db);
  editorB = await createTestUser(db);
  admin = await createTestUser(db, { role: "ADMIN", totp: true });
});
beforeEach(async () => {
  actAs(admin);
  await setFourEyes({ enabled: true });
});
afterAll(() => db.$disconnect());

describe("a changed public fact cites its source", () => {
  it("refuses to change the sentence, place of detention or a date without a source and quote, naming the fields", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    actAs(editorA);
    const refused = updateCase(
      editForm(c.caseId, await versionOf(c.caseId), {
        sentence: "Seven years",
        facility: "Prison No. 1",
        arrest: "2024-02",
      }),
    );
    await expect(refused).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: {
        reason: "citationRequired",
        fieldErrors: {
          sentence: ["citationRequired"],
          facility: ["citationRequired"],
          arrest: ["citationRequired"],
          "citation.quote": ["citationRequired"],
        },
      },
    });
    const row = await db.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { sentence: true, facility: true, arrestDate: true },
    });
    expect(row).toEqual({ sentence: await sentenceOf(c), facility: null, arrestDate: null });
  });

  it("saves staff-only fields and clears a fact without a citation, and replaces the old citation when a fact changes", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    actAs(editorA);
    await updateCase(
      editForm(c.caseId, await versionOf(c.caseId), { sentence: `sentence ${c.tag}`, internalNotes: "visited" }),
    );
    const sourceId = await sourceWithText();
    await updateCase(
      editForm(c.caseId, await versionOf(c.caseId), {
        sentence: "Five years",
        citation: citing(sourceId, "The sentence of five years was quashed."),
      }),
    );
    const sentenceCitations = await db.citation.findMany({
      where: { caseId: c.caseId, claim: "sentence" },
      select: { quote: true, sourceId: true },
    });
    expect(sentenceCitations).toEqual([{ quote: "The sentence of five years was quashed.", sourceId }]);
    await updateCase(editForm(c.caseId, await versionOf(c.caseId), { sentence: "" }));
    expect(await db.citation.count({ where: { caseId: c.caseId, claim: "sentence" } })).toBe(0);
  });

  it("sends a cited change of a published case to review and writes its citation on approval", async () => {
    const c = await createCase(db);
    const sourceId = await sourceWithText();
    actAs(editorA);
    const submitted = await updateCase(
      editForm(c.caseId, await versionOf(c.caseId), {
        facility: "Prison No. 1",
        citation: citing(sourceId, "released her"),
      }),
    );
    expect(submitted.pendingReview).toBe(true);
    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });
    actAs(editorB);
    await approveChange(db, change.id);
    const page = (await getPersonPage(c.slug))!.cases[0]!;
    expect(page.facility).toBe("Prison No. 1");
    expect(page.citations.filter((x) => x.claim === "facility").map((x) => x.quote)).toEqual(["released her"]);
  });

  it("refuses to change a charge without a source and quote", async () => {
    await setFourEyes({ enabled: false });
    const c = await createCase(db, { visibility: "DRAFT" });
    const sourceId = await sourceWithText();
    actAs(editorA);
    const created = await saveRecord({
      type: "charge",
      caseId: c.caseId,
      fields: { countryCode: TEST_COUNTRY.code, article: "", description: "Spreading false information" },
      citation: citing(sourceId, "released her"),
    });
    const charge = await db.charge.findUniqueOrThrow({ where: { id: created.id! }, select: { updatedAt: true } });
    const edit = {
      type: "charge",
      id: created.id!,
      seen: charge.updatedAt.toISOString(),
      fields: { countryCode: TEST_COUNTRY.code, article: "Art. 130", description: "Spreading false information" },
    };
    await expect(saveRecord({ ...edit, citation: noCitation })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { "fields.article": ["citationRequired"] } },
    });
    await saveRecord({ ...edit, citation: citing(sourceId, "The court released her") });
    const citations = await db.citation.findMany({ where: { chargeId: created.id! }, select: { quote: true } });
    expect(citations).toEqual([{ quote: "The court released her" }]);
  });
});

describe("publishing", () => {
  it("refuses a draft whose public facts are not all cited, and names them", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    // The uncited status event made here must not outlive the test: the seed test counts uncited events database-wide.
    onTestFinished(() => deleteTestCase(db, c));
    await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES", facility: "Prison No. 2" } });
    const event = await db.statusEvent.findFirstOrThrow({ where: { caseId: c.caseId } });
    await db.citation.deleteMany({ where: { statusEventId: event.id } });
    actAs(editorA);
    const refused = publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) });
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "uncitedFacts" } });
    await refused.catch((error: { details: { uncited: { fact: string }[] } }) => {
      expect(error.details.uncited.map((u) => u.fact).sort()).toEqual(["facility", "statusEvent"]);
    });
    expect(await db.changeRequest.count({ where: { caseId: c.caseId } })).toBe(0);
  });

  it("refuses a draft whose country no source supports, as changing the country would", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    onTestFinished(() => deleteTestCase(db, c));
    await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES" } });
    await db.citation.deleteMany({ where: { caseId: c.caseId, claim: "country" } });
    actAs(editorA);
    const refused = publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) });
    await expect(refused).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "uncitedFacts" } });
    await refused.catch((error: { details: { uncited: { fact: string }[] } }) => {
      expect(error.details.uncited.map((u) => u.fact)).toEqual(["country"]);
    });
    expect(await db.changeRequest.count({ where: { caseId: c.caseId } })).toBe(0);
  });
});

describe("the current status", () => {
  it("cites the event that set it: after an approved release the footnote is the new source", async () => {
    const c = await createCase(db, { status: "IMPRISONED" });
    const demand = await db.demand.create({
      data: {
        caseId: c.caseId,
        kind: "RELEASE",
        description: "Release her.",
        targetAuthority: "Authorities",
        citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: `demand ${c.tag}`, claim: "demand" } },
      },
    });
    const before = (await getPersonPage(c.slug))!.cases[0]!;
    expect(currentStatusCitations(before).map((x) => x.quote)).toEqual([`event ${c.tag}`]);

    actAs(editorA);
    await changeCaseStatus(statusForm(c.caseId, await versionOf(c.caseId)));
    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });
    actAs(editorB);
    const [pending] = (await listPendingChanges(c.caseId)).filter((p) => p.id === change.id);
    expect(pending!.openReleaseDemands.map((d) => d.id)).toEqual([demand.id]);
    await reviewChange({
      changeId: change.id,
      decision: "approve",
      seenHash: await seenHashOf(db, change.id),
      releaseDemandsOffered: "on",
      meetReleaseDemands: "on",
    });

    const after = (await getPersonPage(c.slug))!.cases[0]!;
    expect(after.status).toBe("RELEASED");
    const current = currentStatusCitations(after);
    expect(current.map((x) => x.quote)).toEqual(["She was released in May 2025."]);
    expect(current[0]!.source.title).toBe("Test report on the release");
    // The release date comes from the event, with its citation; the demand for release is met, citing it too.
    expect(after.releaseDate?.toISOString().slice(0, 7)).toBe("2025-05");
    expect(after.releasePrecision).toBe("MONTH");
    expect(after.citations.filter((x) => x.claim === "releaseDate").map((x) => x.quote)).toEqual([
      "She was released in May 2025.",
    ]);
    const met = after.demands.find((d) => d.id === demand.id)!;
    expect(met.status).toBe("MET");
    expect(met.citations.map((x) => x.quote)).toContain("She was released in May 2025.");
  });

  it("leaves the demands open when the reviewer does not mark them met, even when the proposer asked to", async () => {
    const c = await createCase(db, { status: "IMPRISONED" });
    const demand = await db.demand.create({
      data: {
        caseId: c.caseId,
        kind: "RELEASE",
        description: "Release her.",
        targetAuthority: "Authorities",
        citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: `demand ${c.tag}`, claim: "demand" } },
      },
    });
    actAs(editorA);
    const submitted = await changeCaseStatus(
      statusForm(c.caseId, await versionOf(c.caseId), { meetReleaseDemands: "on" }),
    );
    expect(submitted.pendingReview).toBe(true);
    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });

    // The review page offers the open release demand; the reviewer leaves the box unticked and approves.
    actAs(editorB);
    const [pending] = (await listPendingChanges(c.caseId)).filter((p) => p.id === change.id);
    expect(pending!.openReleaseDemands.map((d) => d.id)).toEqual([demand.id]);
    await reviewChange({
      changeId: change.id,
      decision: "approve",
      seenHash: await seenHashOf(db, change.id),
      releaseDemandsOffered: "on",
    });

    const after = (await getPersonPage(c.slug))!.cases[0]!;
    expect(after.status).toBe("RELEASED");
    expect(after.releaseDate?.toISOString().slice(0, 7)).toBe("2025-05");
    const open = await db.demand.findUniqueOrThrow({
      where: { id: demand.id },
      select: { status: true, citations: { select: { claim: true } } },
    });
    expect(open).toEqual({ status: "OPEN", citations: [{ claim: "demand" }] });
  });

  it("fills no release date from a release whose date the source does not give", async () => {
    await setFourEyes({ enabled: false });
    const c = await createCase(db, { status: "IMPRISONED" });
    actAs(editorA);
    await changeCaseStatus(statusForm(c.caseId, await versionOf(c.caseId), { when: "" }));
    const row = await db.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { status: true, releaseDate: true, releasePrecision: true },
    });
    expect(row).toEqual({ status: "RELEASED", releaseDate: null, releasePrecision: "UNKNOWN" });
    expect(await db.citation.count({ where: { caseId: c.caseId, claim: "releaseDate" } })).toBe(0);
  });
});

describe("the quote check", () => {
  it("flags to the editor, on save, a quote that is not in its source's text, and not one that differs only in spaces and quotation marks", async () => {
    await setFourEyes({ enabled: false });
    const sourceId = await sourceWithText();
    const c = await createCase(db, { status: "IMPRISONED" });
    actAs(editorA);
    const missing = await changeCaseStatus(
      statusForm(c.caseId, await versionOf(c.caseId), { citation: citing(sourceId, "The court acquitted her.") }),
    );
    expect(missing.quoteFound).toBe(false);
    const found = await changeCaseStatus(
      statusForm(c.caseId, await versionOf(c.caseId), {
        toStatus: "PARDONED",
        citation: citing(sourceId, 'Her lawyer said: "The sentence of five years was quashed."'),
      }),
    );
    expect(found.quoteFound).toBe(true);
    const noText = await changeCaseStatus(statusForm(c.caseId, await versionOf(c.caseId), { toStatus: "DETAINED" }));
    expect(noText.quoteFound).toBeNull();
  });

  it("flags it to the reviewer on the pending change", async () => {
    const sourceId = await sourceWithText();
    const c = await createCase(db);
    actAs(editorA);
    const submitted = await changeCaseStatus(
      statusForm(c.caseId, await versionOf(c.caseId), { citation: citing(sourceId, "The court acquitted her.") }),
    );
    expect(submitted).toMatchObject({ pendingReview: true, quoteFound: false });
    actAs(editorB);
    const [pending] = await listPendingChanges(c.caseId);
    expect(pending!.quoteFound).toBe(false);
  });
});

describe("the quote check of a publication request", () => {
  it("flags to the reviewer each footnote of the preview whose quote is not in its source's text", async () => {
    // The factory's own quotes cite a source that holds no text, so only the two citations below are checked.
    const noText = await db.source.create({
      data: { title: `No text ${randomBytes(3).toString("hex")}`, kind: "NEWS_ARTICLE" },
    });
    const withText = await sourceWithText();
    const c = await createCase(db, { visibility: "DRAFT", sourceId: noText.id });
    onTestFinished(() => deleteTestCase(db, c));
    const event = await db.statusEvent.findFirstOrThrow({ where: { caseId: c.caseId }, select: { id: true } });
    const statusCitation = await db.citation.findFirstOrThrow({ where: { statusEventId: event.id } });
    await db.citation.update({
      where: { id: statusCitation.id },
      data: { sourceId: withText, quote: "The court sentenced her to seven years." },
    });
    await db.citation.updateMany({
      where: { caseId: c.caseId, claim: "sentence" },
      data: { sourceId: withText, quote: "The court released her on 3 May 2025." },
    });
    await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES" } });
    actAs(editorA);
    await publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) });

    actAs(editorB);
    const item = (await listPendingChanges(c.caseId)).find((x) => x.kind === "PUBLISH_CASE")!;
    expect(item.quoteFound).toBe(false);
    expect(item.unmatchedQuotes).toEqual([statusCitation.id]);
  });

  it("says nothing when every checked quote stands in its source's text", async () => {
    const noText = await db.source.create({
      data: { title: `No text ${randomBytes(3).toString("hex")}`, kind: "NEWS_ARTICLE" },
    });
    const c = await createCase(db, { visibility: "DRAFT", sourceId: noText.id });
    onTestFinished(() => deleteTestCase(db, c));
    await db.citation.updateMany({
      where: { caseId: c.caseId, claim: "sentence" },
      data: { sourceId: await sourceWithText(), quote: 'Her lawyer said: "The sentence of five years was quashed."' },
    });
    await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES" } });
    actAs(editorA);
    await publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) });
    actAs(editorB);
    const item = (await listPendingChanges(c.caseId)).find((x) => x.kind === "PUBLISH_CASE")!;
    expect(item.quoteFound).toBe(true);
    expect(item.unmatchedQuotes).toEqual([]);
  });
});

describe("case facts", () => {
  it("show on the case page with their citation, and never on a source page while the case is a draft", async () => {
    await setFourEyes({ enabled: false });
    const sourceId = await sourceWithText();
    const draft = await createCase(db, { visibility: "DRAFT" });
    onTestFinished(() => deleteTestCase(db, draft));
    actAs(editorA);
    await saveRecord({
      type: "caseFact",
      caseId: draft.caseId,
      fields: { text: `He cannot leave the city ${draft.tag}.` },
      citation: citing(sourceId, `The court released her`),
    });
    const quotes = async () => (await getSourcePage(sourceId))!.citations.map((c) => c.quote);
    // Only the draft's fact cites this source, so the source is not public at all: it has no page.
    expect(await getSourcePage(sourceId)).toBeNull();
    await db.case.update({ where: { id: draft.caseId }, data: { visibility: "PUBLISHED" } });
    expect(await quotes()).toEqual(["The court released her"]);
    const [fact] = (await getPersonPage(draft.slug))!.cases[0]!.facts;
    expect(fact!.text).toBe(`He cannot leave the city ${draft.tag}.`);
    expect(fact!.citations.map((c) => c.quote)).toEqual(["The court released her"]);
  });
});
