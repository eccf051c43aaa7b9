// Four-eyes publishing, versions and the audit trail, through the data layer on the real database.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { publishCase } from "@/lib/server/cases/publish-case";
import { updateCase } from "@/lib/server/cases/update-case";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { createCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let editorA: TestUser;
let editorB: TestUser;
let admin: TestUser;

const editForm = (caseId: string, version: number, changes: Record<string, string> = {}) => ({
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
  consentStatus: "UNKNOWN",
  // A changed public fact cites its source; staff-only changes ignore it.
  citation: {
    sourceId: "src-samarkand-ngo-statement",
    newSourceTitle: "",
    newSourcePublisher: "",
    newSourceUrl: "",
    newSourceKind: "NEWS_ARTICLE",
    newSourcePublished: "",
    quote: "Test passage.",
  },
  ...changes,
});

async function versionOf(caseId: string) {
  return (await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } })).version;
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

describe("four-eyes publishing", () => {
  it("keeps a status change off the public page until a different editor approves it", async () => {
    const c = await createCase(db, { status: "IMPRISONED" });
    actAs(editorA);
    const submitted = await changeCaseStatus(statusForm(c.caseId, await versionOf(c.caseId)));
    expect(submitted.pendingReview).toBe(true);
    expect((await getPersonPage(c.slug))!.cases[0]!.status).toBe("IMPRISONED");

    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });
    await expect(approveChange(db, change.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    actAs(editorB);
    await approveChange(db, change.id);
    const page = (await getPersonPage(c.slug))!.cases[0]!;
    expect(page.status).toBe("RELEASED");
    expect(page.statusSincePrecision).toBe("MONTH");
    expect(page.statusEvents[0]!.citations.map((x) => x.quote)).toEqual(["She was released in May 2025."]);
    const actions = await db.auditLog.findMany({
      where: { entityId: c.caseId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        { action: "CHANGE_SUBMITTED", actorId: editorA.id },
        { action: "CASE_STATUS_CHANGED", actorId: editorB.id },
        { action: "CHANGE_APPROVED", actorId: editorB.id },
      ]),
    );
  });

  it("publishes a draft only on another person's approval", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES" } });
    actAs(editorA);
    expect(await publishCase({ caseId: c.caseId, version: String(await versionOf(c.caseId)) })).toEqual({
      pendingReview: true,
    });
    expect(await getPersonPage(c.slug)).toBeNull();
    actAs(editorB);
    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });
    await approveChange(db, change.id);
    expect((await getPersonPage(c.slug))?.fullName).toBe(c.fullName);
  });

  it("applies changes at once when an admin has switched four-eyes off", async () => {
    await setFourEyes({ enabled: false });
    const c = await createCase(db);
    actAs(editorA);
    expect((await changeCaseStatus(statusForm(c.caseId, await versionOf(c.caseId)))).pendingReview).toBe(false);
    expect((await getPersonPage(c.slug))!.cases[0]!.status).toBe("RELEASED");
  });
});

describe("consent", () => {
  it("refuses to publish without consent, and audits a confirmed unknown consent", async () => {
    const refused = await createCase(db, { visibility: "DRAFT" });
    await db.case.update({ where: { id: refused.caseId }, data: { consentStatus: "NO" } });
    actAs(editorA);
    await expect(
      publishCase({
        caseId: refused.caseId,
        version: String(await versionOf(refused.caseId)),
        confirmUnknownConsent: true,
      }),
    ).rejects.toMatchObject({
      details: { reason: "consentNo" },
    });

    const unknown = await createCase(db, { visibility: "DRAFT" });
    await expect(
      publishCase({ caseId: unknown.caseId, version: String(await versionOf(unknown.caseId)) }),
    ).rejects.toMatchObject({
      details: { reason: "consentUnknown" },
    });
    await publishCase({
      caseId: unknown.caseId,
      version: String(await versionOf(unknown.caseId)),
      confirmUnknownConsent: true,
    });
    expect(
      await db.auditLog.count({
        where: { entityId: unknown.caseId, action: "CASE_CONSENT_CONFIRMED", actorId: editorA.id },
      }),
    ).toBe(1);
  });
});

describe("versions", () => {
  it("refuses a stale save, says what changed meanwhile, and keeps both attempts in the audit log", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const seen = await versionOf(c.caseId);
    actAs(editorA);
    await updateCase(editForm(c.caseId, seen, { sentence: "Five years" }));
    actAs(editorB);
    const stale = updateCase(editForm(c.caseId, seen, { sentence: "Seven years" }));
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "staleVersion" } });
    await stale.catch((error: { details: { meanwhile: { fields: string[] }[] } }) => {
      expect(error.details.meanwhile[0]!.fields).toContain("sentence");
    });
    const row = await db.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { sentence: true } });
    expect(row.sentence).toBe("Five years");
    const audit = await db.auditLog.findMany({
      where: { entityId: c.caseId, action: { in: ["CASE_UPDATED", "CASE_UPDATE_CONFLICT"] } },
    });
    const text = JSON.stringify(audit);
    expect(text).toContain("Five years");
    expect(text).toContain("Seven years");
  });

  it("refuses a stale status change and audits the refused attempt", async () => {
    await setFourEyes({ enabled: false });
    const c = await createCase(db, { visibility: "DRAFT" });
    const seen = await versionOf(c.caseId);
    actAs(editorA);
    await updateCase(editForm(c.caseId, seen, { sentence: "Five years" }));
    actAs(editorB);
    const stale = changeCaseStatus(statusForm(c.caseId, seen));
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "staleVersion" } });
    await stale.catch((error: { details: { meanwhile: { fields: string[] }[] } }) => {
      expect(error.details.meanwhile[0]!.fields).toContain("sentence");
    });
    expect((await db.case.findUniqueOrThrow({ where: { id: c.caseId } })).status).toBe("IMPRISONED");
    const refused = await db.auditLog.findMany({
      where: { entityId: c.caseId, action: "CASE_STATUS_CONFLICT" },
      select: { actorId: true, meta: true },
    });
    expect(refused).toEqual([
      {
        actorId: editorB.id,
        meta: expect.objectContaining({
          seenVersion: seen,
          attempted: expect.objectContaining({ toStatus: "RELEASED" }),
        }),
      },
    ]);
  });

  it("refuses a stale request to publish and audits the refused attempt", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    await db.case.update({ where: { id: c.caseId }, data: { consentStatus: "YES" } });
    const seen = await versionOf(c.caseId);
    actAs(editorA);
    await updateCase(editForm(c.caseId, seen, { sentence: "Five years", consentStatus: "YES" }));
    actAs(editorB);
    await expect(publishCase({ caseId: c.caseId, version: String(seen) })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "staleVersion" },
    });
    expect(await db.changeRequest.count({ where: { caseId: c.caseId, kind: "PUBLISH_CASE" } })).toBe(0);
    const refused = await db.auditLog.findMany({
      where: { entityId: c.caseId, action: "CASE_PUBLISH_CONFLICT" },
      select: { actorId: true, meta: true },
    });
    expect(refused).toEqual([{ actorId: editorB.id, meta: expect.objectContaining({ seenVersion: seen }) }]);
  });

  it("sends public fields of a published case to review but saves confidential ones at once", async () => {
    const c = await createCase(db);
    actAs(editorA);
    const result = await updateCase(
      editForm(c.caseId, await versionOf(c.caseId), { facility: "Prison No. 1", internalNotes: "lawyer visited" }),
    );
    expect(result.pendingReview).toBe(true);
    const row = await db.case.findUniqueOrThrow({
      where: { id: c.caseId },
      select: { facility: true, internalNotes: true },
    });
    expect(row).toEqual({ facility: null, internalNotes: "lawyer visited" });
  });
});
