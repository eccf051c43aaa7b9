// Every server function that writes or reads private data, every server action and every route handler,
// called as anonymous, editor, admin and a disabled user. The lists come from the code, so a new one
// without a row here fails this test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { templateCsv } from "@/lib/import/columns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { projectRoot } from "@/lib/db/paths";
import { AppError } from "@/lib/errors";
import { createCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
afterAll(() => db.$disconnect());

type Role = "anonymous" | "editor" | "admin" | "disabled";
const ROLES: Role[] = ["anonymous", "editor", "admin", "disabled"];
type Access = "staff" | "admin" | "link-holder";
type Fixture = { caseId: string; version: string; target: TestUser };
type Row = { access: Access; call: (fn: (...args: unknown[]) => Promise<unknown>, f: Fixture) => Promise<unknown> };

const editForm = (f: Fixture) => ({
  caseId: f.caseId,
  version: f.version,
  countryCode: TEST_COUNTRY.code,
  sentence: "x",
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
});

/** Data-layer functions, by file under lib/server. public/, api/ and exports/ read only published data, which the
 *  canary test checks; internal/ is only called from the functions below. */
const DATA_LAYER: Record<string, Row> = {
  "cases/create-case.ts#createCase": {
    access: "staff",
    call: (fn) =>
      fn({
        fullName: "Matrix Person",
        roles: ["JOURNALIST"],
        countryCode: TEST_COUNTRY.code,
        status: "IMPRISONED",
        when: "",
        note: "",
        citation: statusForm("", 1).citation,
      }),
  },
  "cases/change-case-status.ts#changeCaseStatus": {
    access: "staff",
    call: (fn, f) => fn(statusForm(f.caseId, Number(f.version))),
  },
  "cases/update-case.ts#updateCase": { access: "staff", call: (fn, f) => fn(editForm(f)) },
  "cases/publish-case.ts#publishCase": {
    access: "staff",
    call: (fn, f) => fn({ caseId: f.caseId, version: f.version }),
  },
  "cases/bulk/publish-cases.ts#publishCases": {
    access: "staff",
    call: (fn, f) => fn({ cases: [`${f.caseId}:${f.version}`] }),
  },
  "cases/bulk/change-cases-country.ts#changeCasesCountry": {
    access: "staff",
    call: (fn, f) =>
      fn({
        cases: [`${f.caseId}:${f.version}`],
        countryCode: "KZ",
        sourceId: "src-samarkand-ngo-statement",
        quote: "Matrix quote.",
      }),
  },
  "cases/delete-case.ts#deleteCase": { access: "staff", call: (fn, f) => fn({ caseId: f.caseId }) },
  "cases/restore-case.ts#restoreCase": { access: "admin", call: (fn, f) => fn({ caseId: f.caseId }) },
  "cases/take-down-case.ts#takeDownCase": {
    access: "admin",
    call: (fn, f) => fn({ caseId: f.caseId, reason: "Matrix takedown" }),
  },
  "cases/set-letters-not-advised.ts#setLettersNotAdvised": {
    access: "staff",
    call: (fn, f) => fn({ caseId: f.caseId, lettersNotAdvised: true }),
  },
  "cases/get-staff-case.ts#getStaffCase": { access: "staff", call: (fn, f) => fn(f.caseId) },
  "cases/list-staff-cases.ts#listStaffCases": {
    access: "staff",
    call: (fn) => fn({ sort: "updated", dir: "desc", page: 1, size: 10 }),
  },
  "cases/find-possible-duplicates.ts#findPossibleDuplicates": {
    access: "staff",
    call: (fn) => fn("Marat Zhylanbayev"),
  },
  "cases/list-source-choices.ts#listSourceChoices": { access: "staff", call: (fn) => fn() },
  "changes/review-change.ts#reviewChange": {
    access: "staff",
    call: (fn) => fn({ changeId: "no-such-change", decision: "approve", seenHash: "0".repeat(64) }),
  },
  "changes/list-pending-changes.ts#listPendingChanges": { access: "staff", call: (fn) => fn() },
  "changes/list-pending-changes.ts#listPendingReviewPage": { access: "staff", call: (fn) => fn({}) },
  "changes/list-pending-imports.ts#listPendingImports": { access: "staff", call: (fn) => fn() },
  "changes/list-pending-imports.ts#getPendingImport": { access: "staff", call: (fn) => fn("no-such-import") },
  "changes/review-import-batch.ts#reviewImportBatch": {
    access: "staff",
    call: (fn) => fn({ batchId: "no-such-import", decision: "approve", seenHash: "0".repeat(64) }),
  },
  "changes/list-takedowns.ts#listTakedowns": { access: "staff", call: (fn) => fn() },
  "changes/list-my-reviewed-changes.ts#listMyReviewedChanges": { access: "staff", call: (fn) => fn() },
  "audit/get-case-history.ts#getCaseHistory": { access: "staff", call: (fn, f) => fn(f.caseId) },
  "audit/get-record-history.ts#getRecordHistory": { access: "staff", call: (fn) => fn("law", "law-kz-foreign-agents") },
  "audit/list-audit.ts#listAudit": { access: "admin", call: (fn) => fn({}) },
  "audit/export-audit-csv.ts#exportAuditCsv": { access: "admin", call: (fn) => fn({}, "en") },
  "import/check-import.ts#checkImport": {
    access: "staff",
    call: (fn) => fn(new TextEncoder().encode(templateCsv()), "template.csv"),
  },
  "import/run-import.ts#runImport": {
    access: "staff",
    call: (fn) => fn(new TextEncoder().encode(templateCsv()), "template.csv", {}),
  },
  "settings/get-settings.ts#getSettings": { access: "staff", call: (fn) => fn() },
  "wgad/get-wgad-draft.ts#getWgadDraft": {
    access: "staff",
    call: (fn, f) => fn(f.caseId, { locale: "en", include: ["contact", "family", "notes", "risk"] }),
  },
  "settings/set-four-eyes.ts#setFourEyes": { access: "admin", call: (fn) => fn({ enabled: true }) },
  "settings/set-organisation.ts#setOrganisation": {
    access: "admin",
    call: (fn) => fn({ name: `Matrix Org ${Math.random()}`, contact: "", introduction: "", removeLogo: false }),
  },
  "records/save-record.ts#saveRecord": {
    access: "staff",
    call: (fn) => fn({ type: "organisation", fields: { name: `Matrix Org ${Math.random()}`, acronym: "" } }),
  },
  "records/delete-record.ts#deleteRecord": {
    access: "staff",
    call: (fn) => fn({ type: "alias", id: "no-such-alias" }),
  },
  "records/list-records.ts#listRecords": { access: "staff", call: (fn) => fn("law") },
  "records/get-record.ts#getRecord": { access: "staff", call: (fn) => fn("law", "law-kz-foreign-agents") },
  "records/list-place-choices.ts#listPlaceChoices": { access: "staff", call: (fn, f) => fn(f.caseId) },
  "users/list-users.ts#listUsers": { access: "admin", call: (fn) => fn() },
  "users/invite-user.ts#inviteUser": {
    access: "admin",
    call: (fn) => fn({ email: `invitee-${Date.now()}-${Math.random()}@example.org`, role: "EDITOR" }),
  },
  "users/issue-password-reset.ts#issuePasswordReset": { access: "admin", call: (fn, f) => fn({ userId: f.target.id }) },
  "users/set-user-role.ts#setUserRole": {
    access: "admin",
    call: (fn, f) => fn({ userId: f.target.id, role: "ADMIN" }),
  },
  "users/set-user-disabled.ts#setUserDisabled": {
    access: "admin",
    call: (fn, f) => fn({ userId: f.target.id, disabled: true }),
  },
  "users/redeem-token.ts#redeemToken": {
    access: "link-holder",
    call: (fn) => fn({ token: "x".repeat(43), password: "a long enough password", confirm: "a long enough password" }),
  },
  "users/begin-totp-enrolment.ts#beginTotpEnrolment": { access: "staff", call: (fn) => fn() },
  "users/confirm-totp-enrolment.ts#confirmTotpEnrolment": { access: "staff", call: (fn) => fn({ code: "000000" }) },
  "users/disable-totp.ts#disableTotp": {
    access: "staff",
    call: (fn) => fn({ currentPassword: "not the password", currentCode: "000000" }),
  },
};

/** Server actions delegate to the data layer above; each is listed with the function whose access it inherits. */
const ACTIONS: Record<string, { access: Access; form: (f: Fixture) => Record<string, string> }> = {
  "cases/case-actions.ts#createCaseAction": { access: "staff", form: () => ({ fullName: "X" }) },
  "cases/case-actions.ts#updateCaseAction": {
    access: "staff",
    form: (f) => ({ caseId: f.caseId, version: f.version }),
  },
  "cases/case-actions.ts#changeStatusAction": {
    access: "staff",
    form: (f) => ({ caseId: f.caseId, version: f.version }),
  },
  "cases/case-actions.ts#publishCaseAction": {
    access: "staff",
    form: (f) => ({ caseId: f.caseId, version: f.version }),
  },
  "cases/bulk-case-actions.ts#publishCasesAction": {
    access: "staff",
    form: (f) => ({ cases: `${f.caseId}:${f.version}` }),
  },
  "cases/bulk-case-actions.ts#changeCasesCountryAction": {
    access: "staff",
    form: (f) => ({ cases: `${f.caseId}:${f.version}`, countryCode: "KZ", sourceId: "x", quote: "x" }),
  },
  "cases/case-actions.ts#reviewChangeAction": { access: "staff", form: () => ({ changeId: "x", decision: "approve" }) },
  "cases/import-batch-actions.ts#reviewImportBatchAction": {
    access: "staff",
    form: () => ({ batchId: "x", decision: "approve", seenHash: "0".repeat(64) }),
  },
  "cases/case-actions.ts#deleteCaseAction": { access: "staff", form: (f) => ({ caseId: f.caseId }) },
  "cases/case-actions.ts#findDuplicatesAction": { access: "staff", form: () => ({}) },
  "cases/case-actions.ts#restoreCaseAction": { access: "admin", form: (f) => ({ caseId: f.caseId }) },
  "cases/case-actions.ts#takeDownCaseAction": {
    access: "admin",
    form: (f) => ({ caseId: f.caseId, reason: "Matrix takedown" }),
  },
  "cases/letters-actions.ts#setLettersNotAdvisedAction": {
    access: "staff",
    form: (f) => ({ caseId: f.caseId, lettersNotAdvised: "on" }),
  },
  "records/record-actions.ts#saveRecordAction": {
    access: "staff",
    form: () => ({ type: "organisation", "fields.name": "X" }),
  },
  "records/record-actions.ts#deleteRecordAction": { access: "staff", form: () => ({ type: "alias", id: "x" }) },
  "users/user-actions.ts#inviteUserAction": {
    access: "admin",
    form: () => ({ email: "a@example.org", role: "EDITOR" }),
  },
  "users/user-actions.ts#issueResetAction": { access: "admin", form: (f) => ({ userId: f.target.id }) },
  "users/user-actions.ts#setUserRoleAction": { access: "admin", form: (f) => ({ userId: f.target.id, role: "ADMIN" }) },
  "users/user-actions.ts#setUserDisabledAction": {
    access: "admin",
    form: (f) => ({ userId: f.target.id, disabled: "true" }),
  },
  "users/user-actions.ts#redeemTokenAction": {
    access: "link-holder",
    form: () => ({ token: "x".repeat(43), password: "a long enough password", confirm: "a long enough password" }),
  },
  "users/user-actions.ts#beginTotpAction": { access: "staff", form: () => ({}) },
  "users/user-actions.ts#confirmTotpAction": { access: "staff", form: () => ({ code: "000000" }) },
  "users/user-actions.ts#disableTotpAction": {
    access: "staff",
    form: () => ({ currentPassword: "not the password", currentCode: "000000" }),
  },
  "users/user-actions.ts#setFourEyesAction": { access: "admin", form: () => ({ enabled: "on" }) },
  "settings/organisation-actions.ts#setOrganisationAction": { access: "admin", form: () => ({ name: "X" }) },
};

/** Route handlers, and why each is safe to call without a session. */
const ROUTE_HANDLERS: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "Auth.js sign-in endpoints: they read no case data and return only the caller's own session.",
  "app/api/briefings/[code]/route.ts": "Country briefings: published records and public fields only (canary test).",
  "app/api/cases/[slug]/sheet/route.ts": "Case sheets: published records and public fields only (canary test).",
  "app/api/cases/[slug]/letter-pack/route.ts":
    "Letter packs: published cases whose page offers letters, public fields only (canary and letters tests).",
  "app/api/exports/cases/route.ts":
    "CSV and JSON case exports: published records and public fields only (canary test).",
  "app/api/feeds/route.ts": "Atom feeds: published status changes only (canary test).",
  "app/api/v1/cases/route.ts": "Public API: published records only (canary and API tests).",
  "app/api/v1/cases/[slug]/route.ts": "Public API: published records only (canary and API tests).",
  "app/api/v1/countries/route.ts": "Public API: published counts only (canary and API tests).",
  "app/api/v1/sources/route.ts": "Public API: sources are public documents (canary and API tests).",
  "app/api/v1/demands/route.ts": "Public API: demands on no case or a published one (canary and API tests).",
  "app/api/v1/laws/route.ts": "Public API: laws are public (canary and API tests).",
  "app/api/v1/openapi.json/route.ts": "The API's description; no data.",
  "app/api/v1/exchange/route.ts":
    "Exchange file: published records and public fields only (canary and exchange tests).",
  "app/api/v1/exchange.schema.json/route.ts": "The exchange format's JSON Schema; no data.",
  "app/api/audit/route.ts":
    "The audit log as CSV: exportAuditCsv requires an admin (data-layer row above; audit-log test).",
  "app/api/search/route.ts": "Name search: people with a published case only (search test).",
  "app/api/wgad/[caseId]/route.ts":
    "WGAD submission draft: getWgadDraft requires a signed-in member of staff (data-layer row above; wgad-draft test).",
  "app/api/import/route.ts":
    "Spreadsheet and exchange import: calls checkImport/runImport, whose rows above refuse anyone signed out.",
  "app/api/import/template/route.ts": "The empty import template; no data.",
  "app/api/organisation/logo/route.ts": "The organisation's logo, public by design (organisation settings test).",
  "app/sitemap.xml/route.ts": "The sitemap index: counts of published people only (canary test).",
  "app/sitemaps/[file]/route.ts": "Sitemaps: site pages, countries and people with a published case (canary test).",
};

function filesUnder(dir: string, match: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, match) : match.test(name) ? [full] : [];
  });
}

const exportedFunctions = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]!);

function expected(access: Access, role: Role): string {
  if (access === "link-holder") return "allowed";
  if (role === "anonymous" || role === "disabled") return "UNAUTHENTICATED";
  if (access === "admin" && role === "editor") return "FORBIDDEN";
  return "allowed";
}

const outcomeOf = (error: unknown) =>
  error instanceof AppError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")
    ? error.code
    : "allowed";

let users: Record<Role, TestUser | null>;

async function fixture(): Promise<Fixture> {
  const c = await createCase(db, { visibility: "DRAFT" });
  await db.case.update({ where: { id: c.caseId }, data: { deletedAt: null } });
  const version = String(
    (await db.case.findUniqueOrThrow({ where: { id: c.caseId }, select: { version: true } })).version,
  );
  return { caseId: c.caseId, version, target: await createTestUser(db) };
}

async function freshUsers(): Promise<Record<Role, TestUser | null>> {
  return {
    anonymous: null,
    editor: await createTestUser(db),
    admin: await createTestUser(db, { role: "ADMIN", totp: true }),
    disabled: await createTestUser(db, { disabled: true }),
  };
}

beforeAll(async () => {
  users = await freshUsers();
});

describe("authorization matrix", () => {
  it("has a row for every data-layer function that is not public", () => {
    const root = path.join(projectRoot, "lib", "server");
    const found = filesUnder(root, /\.ts$/)
      .filter((f) => !/[/\\](public|internal|public-api|export-data)[/\\]/.test(f))
      .flatMap((f) => exportedFunctions(f).map((name) => `${path.relative(root, f)}#${name}`));
    expect(found.sort()).toEqual(Object.keys(DATA_LAYER).sort());
  });

  it("has a row for every server action and every route handler", () => {
    const actionsRoot = path.join(projectRoot, "lib", "actions");
    const actions = filesUnder(actionsRoot, /\.ts$/)
      .filter((f) => readFileSync(f, "utf8").startsWith('"use server"'))
      .flatMap((f) => exportedFunctions(f).map((name) => `${path.relative(actionsRoot, f)}#${name}`));
    expect(actions.sort()).toEqual(Object.keys(ACTIONS).sort());
    const routes = filesUnder(path.join(projectRoot, "app"), /^route\.ts$/).map((f) => path.relative(projectRoot, f));
    expect(routes.sort()).toEqual(Object.keys(ROUTE_HANDLERS).sort());
  });

  for (const [key, row] of Object.entries(DATA_LAYER)) {
    it(`data layer ${key}`, async () => {
      const [file, name] = key.split("#") as [string, string];
      const fn = (await import(/* @vite-ignore */ `@/lib/server/${file.replace(/\.ts$/, "")}`))[name] as (
        ...args: unknown[]
      ) => Promise<unknown>;
      for (const role of ROLES) {
        users = await freshUsers();
        const f = await fixture();
        actAs(users[role]);
        const auditBefore = await db.auditLog.count();
        const outcome = await row.call(fn, f).then(() => "allowed", outcomeOf);
        expect(`${role}: ${outcome}`).toBe(`${role}: ${expected(row.access, role)}`);
        if (outcome !== "allowed") expect(await db.auditLog.count(), `${role} wrote nothing`).toBe(auditBefore);
      }
    });
  }

  for (const [key, row] of Object.entries(ACTIONS)) {
    it(`server action ${key} refuses whoever its data function refuses`, async () => {
      const [file, name] = key.split("#") as [string, string];
      const action = (await import(/* @vite-ignore */ `@/lib/actions/${file.replace(/\.ts$/, "")}`))[name] as (
        prev: unknown,
        form: FormData,
      ) => Promise<{ ok: boolean; code?: string }>;
      for (const role of ROLES.filter((r) => expected(row.access, r) !== "allowed")) {
        const f = await fixture();
        actAs(users[role]);
        const form = new FormData();
        for (const [k, v] of Object.entries(row.form(f))) form.set(k, v);
        const result = await action(null, form);
        expect({ role, ok: result.ok, code: result.code }).toEqual({
          role,
          ok: false,
          code: expected(row.access, role),
        });
      }
    });
  }
});
