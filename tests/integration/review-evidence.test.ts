// What a reviewer is shown and what a proposer learns back: the cited source and quote of a pending change, a
// preview of a new case, and a rejection's required reason on the proposer's dashboard and in the case history.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { getCaseHistory } from "@/lib/server/audit/get-case-history";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { publishCase } from "@/lib/server/cases/publish-case";
import { listMyReviewedChanges } from "@/lib/server/changes/list-my-reviewed-changes";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { reviewChange } from "@/lib/server/changes/review-change";
import { saveRecord } from "@/lib/server/records/save-record";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { caseVersion, createCase } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let proposer: TestUser;
let reviewer: TestUser;
let admin: TestUser;

const versionOf = (caseId: string) => caseVersion(db, caseId);

beforeAll(async () => {
  proposer = await createTestUser(db);
  reviewer = await createTestUser(db);
  admin = await createTestUser(db, { role: "ADMIN", totp: true });
});
beforeEach(async () => {
  actAs(admin);
  await setFourEyes({ enabled: true });
});
afterAll(() => db.$disconnect());

describe("the review page's evidence", () => {
  it("names the cited source with its link, the quote, the consent status and the status before", async () => {
    const c = await createCase(db, { status: "IMPRISONED" });
    actAs(proposer);
    await changeCaseStatus(
      statusForm(c.caseId, await versionOf(c.caseId), {
        citation: { ...statusForm("", 1).citation, sourceId: "src-samarkand-ngo-statement", newSourceTitle: "" },
      }),
    );
    actAs(reviewer);
    const item = (await listPendingChanges(c.caseId))[0]!;
    // The seeded statement has no web address: its note says what Habeas holds, and the page links to its record.
    expect(item.sources).toEqual([
      expect.objectContaining({
        id: "src-samarkand-ngo-statement",
        title: expect.any(String),
        url: null,
        archiveNote: expect.stringContaining("Title supplied by Habeas"),
      }),
    ]);
    expect(item.case?.consentStatus).toBe("UNKNOWN");
    expect(item.payload).toMatchObject({
      fromStatus: "IMPRISONED",
      form: { citation: { quote: "She was released in May 2025." } },
    });
  });

  it("previews a new case's public page from its draft", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    await db.case.update({
      where: { id: c.caseId },
      data: {
        consentStatus: "YES",
        summary: "Draft summary for the preview.",
        citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: "summary quote", claim: "summary" } },
      },
    });
    actAs(proposer);
    await publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) });
    actAs(reviewer);
    const item = (await listPendingChanges(c.caseId)).find((x) => x.kind === "PUBLISH_CASE")!;
    expect(item.preview?.person.fullName).toBe(c.fullName);
    expect(item.preview?.person.cases.map((x) => x.summary)).toEqual(["Draft summary for the preview."]);
    expect(JSON.stringify(item.preview)).not.toContain("internalNotes");
  });
});

describe("rejecting", () => {
  it("needs a reason, which the proposer sees on their dashboard and in the case history", async () => {
    const c = await createCase(db);
    actAs(proposer);
    await saveRecord({
      type: "alias",
      personId: c.personId,
      fields: { name: "Wrong Spelling", script: "LATIN", kind: "TRANSLITERATION", origin: "SOURCE" },
      citation: statusForm("", 1).citation,
    });
    const change = await db.changeRequest.findFirstOrThrow({
      where: { createdById: proposer.id, caseId: c.caseId, state: "PENDING" },
    });

    actAs(reviewer);
    await expect(reviewChange({ changeId: change.id, decision: "reject" })).rejects.toMatchObject({
      name: "ZodError",
      issues: [expect.objectContaining({ path: ["reason"], message: "required" })],
    });
    await expect(reviewChange({ changeId: change.id, decision: "reject", reason: "   " })).rejects.toMatchObject({
      name: "ZodError",
    });
    expect((await db.changeRequest.findUniqueOrThrow({ where: { id: change.id } })).state).toBe("PENDING");

    const reason = "The source spells it differently; quote the exact spelling.";
    expect(await reviewChange({ changeId: change.id, decision: "reject", reason })).toEqual({ state: "REJECTED" });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({
      state: "REJECTED",
      reviewNote: reason,
      reviewedById: reviewer.id,
    });

    actAs(proposer);
    const mine = await listMyReviewedChanges();
    expect(mine.find((x) => x.id === change.id)).toMatchObject({
      state: "REJECTED",
      reviewNote: reason,
      reviewedBy: { name: reviewer.name },
    });
    const history = await getCaseHistory(c.caseId);
    expect(history.find((h) => h.action === "CHANGE_REJECTED")?.meta).toMatchObject({ reason, changeId: change.id });

    actAs(reviewer);
    expect((await listMyReviewedChanges()).some((x) => x.id === change.id)).toBe(false);
  });
});
