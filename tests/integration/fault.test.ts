// A failure between a change and its audit row must leave nothing written. The fault is a real
// database trigger that refuses the audit insert, after the change has already been made in the transaction.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { updateCase } from "@/lib/server/cases/update-case";
import { createCase } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let editor: TestUser;

async function failAuditFor(action: string) {
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION habeas_test_fail_audit() RETURNS trigger AS $$
    BEGIN
      IF NEW.action = '${action}' THEN RAISE EXCEPTION 'injected audit failure'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER habeas_test_fail_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION habeas_test_fail_audit()`,
  );
}

beforeAll(async () => {
  editor = await createTestUser(db);
});
afterEach(async () => {
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS habeas_test_fail_audit ON audit_log`);
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS habeas_test_fail_audit()`);
});
afterAll(() => db.$disconnect());

const snapshot = async (caseId: string) => ({
  row: await db.case.findUniqueOrThrow({ where: { id: caseId }, omit: { internalNotes: false } }),
  events: await db.statusEvent.count({ where: { caseId } }),
  audit: await db.auditLog.count({ where: { entityId: caseId } }),
  sources: await db.source.count(),
});

describe("a fault before the audit row", () => {
  it("rolls back a case edit entirely", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const before = await snapshot(c.caseId);
    await failAuditFor("CASE_UPDATED");
    actAs(editor);
    await expect(
      updateCase({
        caseId: c.caseId,
        version: String(before.row.version),
        countryCode: "KZ",
        sentence: "Ten years",
        facility: "",
        summary: "",
        arrest: "2024",
        conviction: "",
        release: "",
        internalNotes: "secret",
        contactDetails: "",
        familyDetails: "",
        riskNote: "",
        consentStatus: "YES",
        citation: statusForm(c.caseId, before.row.version).citation,
      }),
    ).rejects.toThrow(/injected audit failure/);
    expect(await snapshot(c.caseId)).toEqual(before);
  });

  it("rolls back a status change, its new source and its event", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const before = await snapshot(c.caseId);
    await failAuditFor("CASE_STATUS_CHANGED");
    actAs(editor);
    await expect(changeCaseStatus(statusForm(c.caseId, before.row.version))).rejects.toThrow(/injected audit failure/);
    expect(await snapshot(c.caseId)).toEqual(before);
  });
});
