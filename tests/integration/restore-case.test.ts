// Restoring a deleted case that was published does not put it back on the public site by one admin's hand: while
// four-eyes is on it comes back as a draft, with its publication filed for review, and goes public only when
// another person approves what it now holds (edits made while it was deleted were never reviewed).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { takeDownCase } from "@/lib/server/cases/take-down-case";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { createCase } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";

const db = createPrismaClient(databaseTarget());
let admin: TestUser;
let otherAdmin: TestUser;
let editor: TestUser;

beforeAll(async () => {
  admin = await createTestUser(db, { role: "ADMIN", totp: true });
  otherAdmin = await createTestUser(db, { role: "ADMIN", totp: true });
  editor = await createTestUser(db);
});
beforeEach(async () => {
  actAs(admin);
  await setFourEyes({ enabled: true });
});
afterAll(async () => {
  actAs(admin);
  await setFourEyes({ enabled: true });
  await db.$disconnect();
});

async function deletedPublishedCase() {
  const c = await createCase(db);
  actAs(admin);
  await takeDownCase({ caseId: c.caseId, reason: "Threats against the family." });
  // Edited while deleted: a deleted case is not public, so this change applied without review.
  await db.person.update({
    where: { id: c.personId },
    data: {
      biography: "Written while the case was deleted.",
      citations: { create: { sourceId: "src-samarkand-ngo-statement", quote: `bio ${c.tag}`, claim: "biography" } },
    },
  });
  return c;
}

describe("restoring a deleted published case", () => {
  it("keeps it off the public site until another person approves its publication", async () => {
    const c = await deletedPublishedCase();
    actAs(admin);
    await restoreCase({ caseId: c.caseId });
    expect(await getPersonPage(c.slug)).toBeNull();
    const row = await db.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { visibility: true } });
    expect(row.visibility).toBe("DRAFT");

    const request = await db.changeRequest.findFirstOrThrow({
      where: { caseId: c.caseId, kind: "PUBLISH_CASE", state: "PENDING" },
    });
    expect(request.createdById).toBe(admin.id);
    expect(request.contentHash).not.toBeNull();
    // The admin who restored it cannot approve it themselves.
    await expect(approveChange(db, request.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getPersonPage(c.slug)).toBeNull();

    actAs(otherAdmin);
    expect((await approveChange(db, request.id)).state).toBe("APPROVED");
    expect((await getPersonPage(c.slug))?.biography).toBe("Written while the case was deleted.");
  });

  it("audits the restore and the filed review in the same transaction as the change", async () => {
    const c = await deletedPublishedCase();
    actAs(admin);
    await restoreCase({ caseId: c.caseId });
    const restored = await db.auditLog.findFirstOrThrow({ where: { entityId: c.caseId, action: "CASE_RESTORED" } });
    expect(restored.actorId).toBe(admin.id);
    expect(restored.diff).toEqual({ visibility: ["DELETED", "DRAFT"] });
    expect(restored.meta).toMatchObject({ wasPublished: true, publicationRequested: true });
    // Its consent was unknown when it was published; the restoring admin confirms it again, on the record.
    expect(
      await db.auditLog.count({ where: { entityId: c.caseId, action: "CASE_CONSENT_CONFIRMED", actorId: admin.id } }),
    ).toBe(1);
    const submitted = await db.auditLog.findFirstOrThrow({ where: { entityId: c.caseId, action: "CHANGE_SUBMITTED" } });
    expect(submitted.meta).toMatchObject({ kind: "PUBLISH_CASE", restored: true });
  });

  it("restores a case whose facts are not all cited as a draft, with nothing filed", async () => {
    const c = await deletedPublishedCase();
    await db.citation.deleteMany({ where: { personId: c.personId, claim: "biography" } });
    actAs(admin);
    expect(await restoreCase({ caseId: c.caseId })).toEqual({ visibility: "DRAFT", pendingReview: false });
    expect(await getPersonPage(c.slug)).toBeNull();
    expect(await db.changeRequest.count({ where: { caseId: c.caseId, state: "PENDING" } })).toBe(0);
  });

  it("restores a draft as a draft, and with four-eyes off a published case as it was", async () => {
    const draft = await createCase(db, { visibility: "DRAFT" });
    await db.case.update({ where: { id: draft.caseId }, data: { deletedAt: new Date() } });
    actAs(admin);
    await restoreCase({ caseId: draft.caseId });
    expect(await db.changeRequest.count({ where: { caseId: draft.caseId } })).toBe(0);

    const c = await deletedPublishedCase();
    actAs(admin);
    await setFourEyes({ enabled: false });
    await restoreCase({ caseId: c.caseId });
    expect(await getPersonPage(c.slug)).not.toBeNull();
  });

  it("is refused to editors", async () => {
    const c = await deletedPublishedCase();
    actAs(editor);
    await expect(restoreCase({ caseId: c.caseId })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
