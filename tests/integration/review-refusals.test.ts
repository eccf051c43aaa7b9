// What a review refuses, and what it leaves behind: a rejected change applies nothing and tells its proposer why; a
// stored request of a kind this code does not know, or with a payload that does not read as its kind (an old or
// damaged row, written here with SQL), is never applied nor marked approved, and the refusal is audited.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { listMyReviewedChanges } from "@/lib/server/changes/list-my-reviewed-changes";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { reviewChange } from "@/lib/server/changes/review-change";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { caseVersion, createCase } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let proposer: TestUser;
let reviewer: TestUser;
let admin: TestUser;

const versionOf = (caseId: string) => caseVersion(db, caseId);

/** A change request as an old release or a damaged database might hold it, written past the data layer. */
async function insertRawChange(row: {
  kind: string;
  caseId: string;
  entityType?: string;
  payload: unknown;
}): Promise<string> {
  const id = `raw-change-${randomBytes(6).toString("hex")}`;
  await db.$executeRaw`
    INSERT INTO change_request (id, kind, case_id, entity_type, payload, created_by_id, updated_at)
    VALUES (${id}, ${row.kind}::change_kind, ${row.caseId}, ${row.entityType ?? null},
            ${JSON.stringify(row.payload)}::jsonb, ${proposer.id}, now())`;
  return id;
}

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

describe("rejecting a change", () => {
  it("applies nothing, records the reason for the proposer and audits the rejection", async () => {
    const c = await createCase(db, { status: "IMPRISONED" });
    actAs(proposer);
    await changeCaseStatus(statusForm(c.caseId, await versionOf(c.caseId)));
    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });
    const before = await db.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { status: true, version: true },
    });

    actAs(reviewer);
    const reason = "The report does not say she was released; find a second source.";
    expect(await reviewChange({ changeId: change.id, decision: "reject", reason })).toEqual({ state: "REJECTED" });

    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({
      state: "REJECTED",
      reviewNote: reason,
      reviewedById: reviewer.id,
    });
    expect(
      await db.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { status: true, version: true } }),
    ).toEqual(before);
    expect(await db.statusEvent.count({ where: { caseId: c.caseId, toStatus: "RELEASED" } })).toBe(0);
    const audit = await db.auditLog.findMany({
      where: { entityId: c.caseId, actorId: reviewer.id },
      select: { action: true, meta: true },
    });
    expect(audit).toEqual([
      { action: "CHANGE_REJECTED", meta: expect.objectContaining({ changeId: change.id, reason }) },
    ]);

    actAs(proposer);
    expect((await listMyReviewedChanges()).find((x) => x.id === change.id)).toMatchObject({
      state: "REJECTED",
      reviewNote: reason,
    });
    // A rejected change cannot be approved afterwards.
    actAs(reviewer);
    await expect(approveChange(db, change.id)).rejects.toMatchObject({ details: { reason: "alreadyReviewed" } });
  });
});

describe("a stored change that does not read as its kind", () => {
  const unreadable = [
    {
      name: "a record change of a type this code does not know",
      row: (caseId: string) => ({
        kind: "CREATE_RECORD",
        caseId,
        entityType: "widget",
        payload: { form: { type: "widget", fields: { name: "W" } }, remove: false },
      }),
    },
    {
      name: "a case edit whose changes are not field pairs",
      row: (caseId: string) => ({ kind: "UPDATE_CASE", caseId, payload: { changes: "sentence=Life", citation: null } }),
    },
    {
      name: "a case edit that would write a column no form may change",
      row: (caseId: string) => ({
        kind: "UPDATE_CASE",
        caseId,
        payload: { changes: { visibility: ["PUBLISHED", "DRAFT"] }, citation: null },
      }),
    },
    {
      name: "an unpublish request carrying another kind's payload",
      row: (caseId: string) => ({
        kind: "UNPUBLISH_CASE",
        caseId,
        payload: { form: { toStatus: "RELEASED" }, fromStatus: "IMPRISONED" },
      }),
    },
  ];

  for (const { name, row } of unreadable) {
    it(`refuses ${name}, audits the refusal, applies nothing and leaves it pending`, async () => {
      const c = await createCase(db);
      const changeId = await insertRawChange(row(c.caseId));
      const before = await db.case.findUniqueOrThrow({ where: { id: c.caseId } });

      actAs(reviewer);
      await expect(approveChange(db, changeId)).rejects.toMatchObject({
        name: "AppError",
        code: "INVALID_INPUT",
        details: { reason: "unreadableChange" },
      });
      expect((await db.changeRequest.findUniqueOrThrow({ where: { id: changeId } })).state).toBe("PENDING");
      expect(await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).toEqual(before);
      const audit = await db.auditLog.findMany({
        where: { actorId: reviewer.id, meta: { path: ["changeId"], equals: changeId } },
        select: { action: true },
      });
      expect(audit).toEqual([{ action: "CHANGE_REFUSED" }]);

      // The review page still lists it, saying it cannot be read, and a reviewer can reject it to clear it.
      const listed = (await listPendingChanges(c.caseId)).find((x) => x.id === changeId);
      expect(listed?.proposal).toBeNull();
      expect(await reviewChange({ changeId, decision: "reject", reason: "Damaged request." })).toEqual({
        state: "REJECTED",
      });
    });
  }
});
