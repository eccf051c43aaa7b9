// An approval is bound to what was submitted and what the reviewer saw: an edit made after a case was submitted
// for publication is never published by that approval (issue 12, four-eyes bypass).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { publishCase } from "@/lib/server/cases/publish-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { reviewChange } from "@/lib/server/changes/review-change";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { saveRecord } from "@/lib/server/records/save-record";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { caseVersion, createCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let author: TestUser;
let reviewer: TestUser;
let admin: TestUser;

const versionOf = (caseId: string) => caseVersion(db, caseId);

const summaryEdit = (caseId: string, version: number, summary: string) => ({
  caseId,
  version: String(version),
  countryCode: TEST_COUNTRY.code,
  sentence: "",
  facility: "",
  summary,
  arrest: "",
  conviction: "",
  release: "",
  internalNotes: "",
  contactDetails: "",
  familyDetails: "",
  riskNote: "",
  consentStatus: "YES",
  // A changed summary is a public fact, so the edit cites its source as any edit must.
  citation: statusForm("", 1).citation,
});

/** The pending item as the reviewer's page shows it, with the fingerprint its form carries. */
async function queueItem(caseId: string) {
  const items = await listPendingChanges(caseId);
  return items.find((item) => item.kind === "PUBLISH_CASE")!;
}

async function submittedDraft() {
  const c = await createCase(db, { visibility: "DRAFT" });
  await db.case.update({
    where: { id: c.caseId },
    data: {
      consentStatus: "YES",
      summary: "Submitted summary.",
      citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: "summary quote", claim: "summary" } },
    },
  });
  actAs(author);
  expect(await publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) })).toEqual({
    pendingReview: true,
  });
  return c;
}

async function editAfterSubmission(c: { caseId: string; personId: string }) {
  actAs(author);
  await updateCase(summaryEdit(c.caseId, await versionOf(c.caseId), "Changed after submission."));
  await saveRecord({
    type: "alias",
    personId: c.personId,
    fields: { name: "Sneaky Alias", script: "LATIN", kind: "TRANSLITERATION", origin: "SOURCE" },
    citation: statusForm("", 1).citation,
  });
}

beforeAll(async () => {
  author = await createTestUser(db);
  reviewer = await createTestUser(db);
  admin = await createTestUser(db, { role: "ADMIN", totp: true });
});
beforeEach(async () => {
  actAs(admin);
  await setFourEyes({ enabled: true });
});
afterAll(() => db.$disconnect());

describe("an approval names the version it approves", () => {
  it("does not publish an edit made after submission, even with the queue loaded before the edit", async () => {
    const c = await submittedDraft();
    actAs(reviewer);
    const seen = await queueItem(c.caseId);
    await editAfterSubmission(c);

    actAs(reviewer);
    const result = await reviewChange({ changeId: seen.id, decision: "approve", seenHash: seen.seenHash });
    expect(result.state).toBe("OUTDATED");
    expect(await getPersonPage(c.slug)).toBeNull();
    const request = await db.changeRequest.findUniqueOrThrow({ where: { id: seen.id } });
    expect(request.state).toBe("OUTDATED");
    expect(
      await db.auditLog.count({ where: { entityId: c.caseId, action: "CHANGE_SENT_BACK", actorId: reviewer.id } }),
    ).toBe(1);
  });

  it("refuses to approve the changed content even when the reviewer saw it after the edit", async () => {
    const c = await submittedDraft();
    await editAfterSubmission(c);
    actAs(reviewer);
    const seen = await queueItem(c.caseId);
    expect(seen.outdated).toBe(true);
    expect((await reviewChange({ changeId: seen.id, decision: "approve", seenHash: seen.seenHash })).state).toBe(
      "OUTDATED",
    );
    expect(await getPersonPage(c.slug)).toBeNull();
  });

  it("publishes the edited case once its author submits it again and another editor approves that version", async () => {
    const c = await submittedDraft();
    await editAfterSubmission(c);
    actAs(reviewer);
    await reviewChange({
      changeId: (await queueItem(c.caseId)).id,
      decision: "approve",
      seenHash: (await queueItem(c.caseId)).seenHash,
    });

    actAs(author);
    expect(await publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) })).toEqual({
      pendingReview: true,
    });
    actAs(reviewer);
    const again = await queueItem(c.caseId);
    expect(again.outdated).toBe(false);
    expect((await reviewChange({ changeId: again.id, decision: "approve", seenHash: again.seenHash })).state).toBe(
      "APPROVED",
    );
    const page = (await getPersonPage(c.slug))!;
    expect(page.cases[0]!.summary).toBe("Changed after submission.");
    expect(page.aliases.map((a) => a.name)).toContain("Sneaky Alias");
  });

  it("refuses an approval without the fingerprint of what the reviewer saw", async () => {
    const c = await submittedDraft();
    actAs(reviewer);
    const seen = await queueItem(c.caseId);
    await expect(reviewChange({ changeId: seen.id, decision: "approve" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(
      reviewChange({ changeId: seen.id, decision: "approve", seenHash: "0".repeat(64) }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "reviewAgain" },
    });
    expect(await getPersonPage(c.slug)).toBeNull();
  });
});
