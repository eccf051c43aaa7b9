// The audit log for admins: filtered by person, user and dates, a keyset page at a time, and downloaded as CSV in
// words, with confidential values and secrets left out. Editors are refused, as for the page.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { auditPage, auditWhere } from "@/lib/audit/audit-filter";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { changeCaseStatus } from "@/lib/server/cases/change-case-status";
import { exportAuditCsv } from "@/lib/server/audit/export-audit-csv";
import { listAudit } from "@/lib/server/audit/list-audit";
import { parseAuditQuery } from "@/lib/validations/audit-query";
import { caseVersion, createCase } from "../factories/cases";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());

async function caseWithHistory() {
  const fullName = `Audit Person ${randomUUID().slice(0, 8)}`;
  const created = await createCase(db, { fullName, visibility: "DRAFT" });
  const editor = await createTestUser(db);
  actAs(editor);
  await changeCaseStatus(statusForm(created.caseId, await caseVersion(db, created.caseId)));
  // A confidential field written straight into a row, as an edit of it would be audited.
  await db.auditLog.create({
    data: {
      actorId: editor.id,
      action: "CASE_UPDATED",
      entityType: "case",
      entityId: created.caseId,
      diff: { riskNote: [null, "CANARY-RISK-NOTE"], passwordHash: ["[redacted]", "[redacted]"] },
      meta: { version: 9, token: "CANARY-TOKEN" },
    },
  });
  actAs(null);
  return { ...created, fullName, editor };
}

describe("audit log", () => {
  it("refuses editors and serves admins, for the page and the CSV", async () => {
    const editor = await createTestUser(db);
    actAs(editor);
    await expect(listAudit({})).rejects.toMatchObject({ code: "FORBIDDEN" } satisfies Partial<AppError>);
    await expect(exportAuditCsv({}, "en")).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
    await expect(listAudit({})).resolves.toHaveProperty("rows");
    actAs(null);
  });

  it("filters by the person's name, the user and the dates", async () => {
    const found = await caseWithHistory();
    actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
    const byPerson = await listAudit({ person: found.fullName.toLowerCase() });
    expect(byPerson.rows.length).toBeGreaterThanOrEqual(2);
    expect(byPerson.rows.every((r) => r.names.personName === found.fullName)).toBe(true);
    expect(byPerson.rows.map((r) => r.action)).toContain("CASE_STATUS_CHANGED");
    const byUser = await listAudit({ person: found.fullName, actor: found.editor.email });
    expect(byUser.rows.map((r) => r.action).sort()).toEqual(["CASE_STATUS_CHANGED", "CASE_UPDATED"]);
    const future = await listAudit({ person: found.fullName, from: "2999-01-01" });
    expect(future.rows).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit({ person: found.fullName, from: today, to: today })).rows.length).toBe(
      byPerson.rows.length,
    );
    actAs(null);
  });

  it("pages by keyset without repeating or skipping a row", async () => {
    const found = await caseWithHistory();
    const { where } = await auditWhere({ person: found.fullName });
    const all = await auditPage(where, undefined, 100);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await auditPage(where, after, 1);
      seen.push(...page.rows.map((r) => r.id));
      after = page.next ?? undefined;
    } while (after);
    expect(seen).toEqual(all.rows.map((r) => r.id));
  });

  it("exports the filtered rows as CSV in words, without confidential values or secrets", async () => {
    const found = await caseWithHistory();
    actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
    const csv = await exportAuditCsv({ person: found.fullName }, "en");
    actAs(null);
    expect(csv.split("\n")[0]).toBe("Time (UTC),Action,User,Email,Person,Record type,Record id,Changes,Reason");
    expect(csv).toContain(found.fullName);
    expect(csv).toContain("Status: Imprisoned → Released (May 2025), source: Test report on the release");
    expect(csv).not.toMatch(/IMPRISONED|RELEASED|\{"/);
    expect(csv).not.toContain("CANARY-RISK-NOTE");
    expect(csv).not.toContain("CANARY-TOKEN");
    const ru = await (async () => {
      actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
      return exportAuditCsv({ person: found.fullName }, "ru").finally(() => actAs(null));
    })();
    expect(ru.split("\n")[0]).toContain("Время (UTC)");
    expect(ru).toContain("май 2025");
  });

  it("names each filter that does not read, instead of failing", () => {
    expect(parseAuditQuery({ from: "2025-13-40", to: "2025-01-01", action: "DROP_TABLE", person: "Ab" })).toEqual({
      query: { person: "Ab", to: "2025-01-01" },
      rejected: ["action", "from"],
    });
    expect(parseAuditQuery({ from: "2025-02-01", to: "2025-01-01" }).rejected).toEqual(["from", "to"]);
    expect(parseAuditQuery({ after: "not-a-cursor" }).rejected).toEqual(["after"]);
  });
});
