// Taking a published case off the site goes through the same four-eyes review as publishing it; an admin's
// emergency takedown works at once, and is audited and listed for the team.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { takeDownCase } from "@/lib/server/cases/take-down-case";
import { listTakedowns } from "@/lib/server/changes/list-takedowns";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { createCase } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";

const db = createPrismaClient(databaseTarget());
let editorA: TestUser;
let editorB: TestUser;
let admin: TestUser;

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

describe("unpublishing", () => {
  it("keeps a published case public until a different editor approves its deletion", async () => {
    const c = await createCase(db);
    actAs(editorA);
    expect(await deleteCase({ caseId: c.caseId, reason: "Family asked us to remove it." })).toEqual({
      pendingReview: true,
    });
    expect(await getPersonPage(c.slug)).not.toBeNull();
    await expect(deleteCase({ caseId: c.caseId })).rejects.toMatchObject({ details: { reason: "unpublishPending" } });

    const change = await db.changeRequest.findFirstOrThrow({
      where: { caseId: c.caseId, kind: "UNPUBLISH_CASE", state: "PENDING" },
    });
    await expect(approveChange(db, change.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(editorB);
    expect((await approveChange(db, change.id)).state).toBe("APPROVED");
    expect(await getPersonPage(c.slug)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: c.caseId, action: "CASE_DELETED" } });
    expect(audit.actorId).toBe(editorB.id);
    expect(audit.meta).toMatchObject({ reason: "Family asked us to remove it.", changeId: change.id });
  });

  it("deletes a draft at once, and a published case at once when four-eyes is off", async () => {
    const draft = await createCase(db, { visibility: "DRAFT" });
    actAs(editorA);
    expect(await deleteCase({ caseId: draft.caseId })).toEqual({ pendingReview: false });
    expect((await db.case.findUniqueOrThrow({ where: { id: draft.caseId } })).deletedAt).not.toBeNull();

    actAs(admin);
    await setFourEyes({ enabled: false });
    const published = await createCase(db);
    actAs(editorA);
    expect(await deleteCase({ caseId: published.caseId })).toEqual({ pendingReview: false });
    expect(await getPersonPage(published.slug)).toBeNull();
  });
});

describe("emergency takedown", () => {
  it("is refused to editors", async () => {
    const c = await createCase(db);
    actAs(editorA);
    await expect(takeDownCase({ caseId: c.caseId, reason: "Danger" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getPersonPage(c.slug)).not.toBeNull();
  });

  it("needs a reason, takes the case down at once, withdraws what waited for it, and is listed for the team", async () => {
    const c = await createCase(db);
    actAs(editorA);
    await deleteCase({ caseId: c.caseId });
    actAs(admin);
    await expect(takeDownCase({ caseId: c.caseId, reason: "  " })).rejects.toMatchObject({ name: "ZodError" });
    await takeDownCase({ caseId: c.caseId, reason: "The family is being threatened." });
    expect(await getPersonPage(c.slug)).toBeNull();
    expect(await db.changeRequest.count({ where: { caseId: c.caseId, state: "PENDING" } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: c.caseId, action: "CASE_TAKEN_DOWN" } });
    expect([audit.actorId, (audit.meta as { reason: string }).reason]).toEqual([
      admin.id,
      "The family is being threatened.",
    ]);

    actAs(editorB);
    const listed = (await listTakedowns()).find((t) => t.caseId === c.caseId);
    expect(listed).toMatchObject({
      fullName: c.fullName,
      by: admin.name,
      reason: "The family is being threatened.",
      stillDown: true,
    });
  });
});
