// The staff case table's bulk actions, through the data layer on the real database: each selected case goes
// through its own single-case path and transaction, the outcome says what happened to each, and one case's
// refusal leaves the others as they went.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeCasesCountryAction, publishCasesAction } from "@/lib/actions/cases/bulk-case-actions";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { changeCasesCountry } from "@/lib/server/cases/bulk/change-cases-country";
import { publishCases } from "@/lib/server/cases/bulk/publish-cases";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { BULK_CASE_LIMIT } from "@/lib/validations/bulk-cases";
import { caseVersion, createCase, deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";

const db = createPrismaClient(databaseTarget());
/** A second test country, so moving cases never touches a seeded country's lists. */
const OTHER_COUNTRY = { code: "XB", name: "Testland Two" };
const SOURCE = "src-samarkand-ngo-statement";
const created: { personId: string; caseId: string }[] = [];
let editorA: TestUser;
let editorB: TestUser;

async function draft(consent: "YES" | "UNKNOWN" | "NO" = "YES") {
  const c = await createCase(db, { visibility: "DRAFT" });
  await db.case.update({ where: { id: c.caseId }, data: { consentStatus: consent } });
  created.push(c);
  return c;
}

async function published() {
  const c = await createCase(db, { confidential: "BULK-CANARY" });
  created.push(c);
  return c;
}

const selection = async (...cases: { caseId: string }[]) =>
  Promise.all(cases.map(async (c) => `${c.caseId}:${await caseVersion(db, c.caseId)}`));

const byCase = (outcomes: { caseId: string }[]) => new Map(outcomes.map((o) => [o.caseId, o]));

beforeAll(async () => {
  await db.country.upsert({ where: { code: OTHER_COUNTRY.code }, create: OTHER_COUNTRY, update: {} });
  editorA = await createTestUser(db);
  editorB = await createTestUser(db);
});
beforeEach(async () => {
  actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
  await setFourEyes({ enabled: true });
});
afterAll(async () => {
  for (const c of created) await deleteTestCase(db, c);
  await db.country.deleteMany({ where: { code: OTHER_COUNTRY.code } });
  await db.$disconnect();
});

describe("bulk: who may act", () => {
  it("refuses a signed-out caller and a disabled account before touching any case", async () => {
    const c = await draft();
    const cases = await selection(c);
    for (const who of [null, await createTestUser(db, { disabled: true })]) {
      actAs(who);
      await expect(publishCases({ cases })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(
        changeCasesCountry({ cases, countryCode: OTHER_COUNTRY.code, sourceId: SOURCE, quote: "x" }),
      ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    expect(await db.changeRequest.count({ where: { caseId: c.caseId } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: c.caseId } })).toBe(0);
  });
});

describe("bulk: submit for publication", () => {
  it("files one request per case, refuses the rest each with its reason, and leaves the refused untouched", async () => {
    const ready = await draft("YES");
    const alsoReady = await draft("YES");
    const unknownConsent = await draft("UNKNOWN");
    const noConsent = await draft("NO");
    const live = await published();
    const uncited = await draft("YES");
    await db.case.update({ where: { id: uncited.caseId }, data: { summary: "A summary no source supports." } });
    const stale = await draft("YES");
    const staleSeen = await selection(stale);
    await db.case.update({ where: { id: stale.caseId }, data: { version: { increment: 1 } } });

    actAs(editorA);
    const cases = [
      ...(await selection(ready, alsoReady, unknownConsent, noConsent, live, uncited)),
      ...staleSeen,
      "no-such-case:1",
    ];
    const outcomes = byCase(await publishCases({ cases }));

    expect(outcomes.get(ready.caseId)).toMatchObject({ outcome: "submitted", fullName: ready.fullName });
    expect(outcomes.get(alsoReady.caseId)).toMatchObject({ outcome: "submitted" });
    expect(outcomes.get(unknownConsent.caseId)).toMatchObject({ outcome: "refused", reason: "consentUnknown" });
    expect(outcomes.get(noConsent.caseId)).toMatchObject({ outcome: "refused", reason: "consentNo" });
    expect(outcomes.get(live.caseId)).toMatchObject({ outcome: "refused", reason: "alreadyPublished" });
    expect(outcomes.get(uncited.caseId)).toMatchObject({
      outcome: "refused",
      reason: "uncitedFacts",
      uncited: [{ fact: "summary", detail: null }],
    });
    expect(outcomes.get(stale.caseId)).toMatchObject({ outcome: "refused", reason: "staleVersion" });
    expect(outcomes.get("no-such-case")).toMatchObject({ outcome: "refused", reason: "NOT_FOUND", fullName: null });

    // One pending request and one audit entry for each case that went through; nothing for the others.
    for (const c of [ready, alsoReady]) {
      expect(
        await db.changeRequest.count({ where: { caseId: c.caseId, kind: "PUBLISH_CASE", state: "PENDING" } }),
      ).toBe(1);
      expect(
        await db.auditLog.count({ where: { entityId: c.caseId, action: "CHANGE_SUBMITTED", actorId: editorA.id } }),
      ).toBe(1);
      expect(await getPersonPage(c.slug)).toBeNull();
    }
    for (const c of [unknownConsent, noConsent, live, uncited, stale])
      expect(await db.changeRequest.count({ where: { caseId: c.caseId } })).toBe(0);
    // Unknown consent is never confirmed in bulk.
    expect(
      await db.auditLog.count({ where: { entityId: unknownConsent.caseId, action: "CASE_CONSENT_CONFIRMED" } }),
    ).toBe(0);

    // A second submission of the same cases is refused as already waiting, not filed twice.
    const again = byCase(await publishCases({ cases: await selection(ready) }));
    expect(again.get(ready.caseId)).toMatchObject({ outcome: "refused", reason: "alreadyPending" });

    // A second editor approves each request like any other.
    actAs(editorB);
    for (const c of [ready, alsoReady]) {
      const change = await db.changeRequest.findFirstOrThrow({ where: { caseId: c.caseId, state: "PENDING" } });
      await approveChange(db, change.id);
      expect((await getPersonPage(c.slug))?.fullName).toBe(c.fullName);
    }
  });

  it("publishes at once, as a case's own page does, when an admin has switched four-eyes off", async () => {
    await setFourEyes({ enabled: false });
    const c = await draft("YES");
    actAs(editorA);
    expect(await publishCases({ cases: await selection(c) })).toEqual([
      { caseId: c.caseId, fullName: c.fullName, outcome: "applied" },
    ]);
    expect((await getPersonPage(c.slug))?.fullName).toBe(c.fullName);
  });
});

describe("bulk: change the country", () => {
  it("files a review for a published case, changes a draft at once, and cites the one source for each", async () => {
    const live = await published();
    const draftCase = await draft("YES");
    const already = await draft("YES");
    await db.case.update({ where: { id: already.caseId }, data: { countryCode: OTHER_COUNTRY.code } });
    actAs(editorA);
    const quote = `The people named are held in ${OTHER_COUNTRY.name}.`;
    const outcomes = byCase(
      await changeCasesCountry({
        cases: await selection(live, draftCase, already),
        countryCode: OTHER_COUNTRY.code,
        sourceId: SOURCE,
        quote,
      }),
    );
    expect(outcomes.get(live.caseId)).toMatchObject({ outcome: "submitted" });
    expect(outcomes.get(draftCase.caseId)).toMatchObject({ outcome: "applied" });
    expect(outcomes.get(already.caseId)).toMatchObject({ outcome: "unchanged" });

    // The published case keeps its country until a second editor approves the one field that changed.
    const request = await db.changeRequest.findFirstOrThrow({
      where: { caseId: live.caseId, kind: "UPDATE_CASE", state: "PENDING" },
    });
    expect(Object.keys((request.payload as { changes: object }).changes)).toEqual(["countryCode"]);
    expect((await getPersonPage(live.slug))!.cases[0]!.country.code).toBe(TEST_COUNTRY.code);
    actAs(editorB);
    await approveChange(db, request.id);
    expect((await getPersonPage(live.slug))!.cases[0]!.country.code).toBe(OTHER_COUNTRY.code);

    // The draft changed at once, citing the source and quote, with nothing else of it touched.
    const changed = await db.case.findUniqueOrThrow({
      where: { id: draftCase.caseId },
      select: {
        countryCode: true,
        sentence: true,
        citations: { where: { claim: "country" }, select: { quote: true } },
      },
    });
    expect(changed).toEqual({
      countryCode: OTHER_COUNTRY.code,
      sentence: `sentence ${draftCase.tag}`,
      citations: [{ quote }],
    });
    expect(await db.changeRequest.count({ where: { caseId: already.caseId } })).toBe(0);
  });

  it("refuses a case changed since the table was loaded, audited without its confidential fields", async () => {
    const stale = await published();
    const fresh = await published();
    const seen = await selection(stale, fresh);
    await db.case.update({ where: { id: stale.caseId }, data: { version: { increment: 1 } } });
    actAs(editorA);
    const outcomes = byCase(
      await changeCasesCountry({
        cases: seen,
        countryCode: OTHER_COUNTRY.code,
        sourceId: SOURCE,
        quote: "Held there.",
      }),
    );
    expect(outcomes.get(stale.caseId)).toMatchObject({ outcome: "refused", reason: "staleVersion" });
    expect(outcomes.get(fresh.caseId)).toMatchObject({ outcome: "submitted" });
    expect(await db.changeRequest.count({ where: { caseId: stale.caseId } })).toBe(0);
    const conflict = await db.auditLog.findFirstOrThrow({
      where: { entityId: stale.caseId, action: "CASE_UPDATE_CONFLICT" },
      select: { meta: true, diff: true },
    });
    expect(JSON.stringify(conflict)).not.toContain("BULK-CANARY");
    expect(conflict.meta).toMatchObject({ attempted: { countryCode: OTHER_COUNTRY.code } });
  });
});

describe("bulk: bad input", () => {
  it("refuses an empty, oversized, repeated or malformed selection with a 4xx code, touching nothing", async () => {
    const c = await draft("YES");
    actAs(editorA);
    const one = (await selection(c))[0]!;
    const tooMany = Array.from({ length: BULK_CASE_LIMIT + 1 }, (_, i) => `case${i}:1`);
    for (const [cases, message] of [
      [[], "noneSelected"],
      [tooMany, "tooManySelected"],
      [[one, one], "invalid"],
      [["no colon here"], "invalid"],
      [[`${c.caseId}:0`], "invalid"],
    ] as const) {
      const form = new FormData();
      for (const value of cases) form.append("cases", value);
      const result = await publishCasesAction(null, form);
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      expect(!result.ok && JSON.stringify(result.fieldErrors)).toContain(message);
    }
    const countryForm = new FormData();
    countryForm.append("cases", one);
    countryForm.set("countryCode", OTHER_COUNTRY.code);
    const missing = await changeCasesCountryAction(null, countryForm);
    expect(missing).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!missing.ok && Object.keys(missing.fieldErrors).sort()).toEqual(["quote", "sourceId"]);
    expect(await db.changeRequest.count({ where: { caseId: c.caseId } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: c.caseId } })).toBe(0);
  });
});
