// Places of detention: editors record them (through review, like every public record), a case's stays move its
// current place and keep the history, and a place's public page lists only published cases.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { currentStay } from "@/lib/places/current-stay";
import { listPendingChanges } from "@/lib/server/changes/list-pending-changes";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { getPlacePage } from "@/lib/server/public/get-place-page";
import { getRecord } from "@/lib/server/records/get-record";
import { saveRecord } from "@/lib/server/records/save-record";
import { createCase, TEST_COUNTRY } from "../factories/cases";
import { addStay, createPlace } from "../factories/places";
import type { TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveLatestOf, editorsUnderFourEyes } from "../support/approve-latest";
import { statusForm } from "../support/status-form";

const db = createPrismaClient(databaseTarget());
let editorA: TestUser;
let editorB: TestUser;
const citation = statusForm("", 1).citation;

beforeAll(async () => {
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  [editorA, editorB] = await editorsUnderFourEyes(db);
});
beforeEach(() => actAs(editorA));
afterAll(() => db.$disconnect());

const approveLatest = () => approveLatestOf(db, editorA, editorB);

const placeFields = (name: string) => ({
  name,
  kind: "PENAL_COLONY",
  countryCode: TEST_COUNTRY.code,
  region: "Test Oblast",
  addressLocal: "ул. Тестовая, 1",
  addressLatin: "ul. Testovaya, 1",
  letterRules: "Letters in Russian only.",
  letterNeedsBirthYear: true,
  notes: "",
});

async function reviewedPlace(name: string) {
  const saved = await saveRecord({ type: "place", fields: placeFields(name), citation });
  expect(saved.pendingReview).toBe(true);
  await approveLatest();
  return db.place.findFirstOrThrow({ where: { name }, select: { id: true, slug: true } });
}

describe("places of detention", () => {
  it("records a place only after a second editor's review, with a citation for each field it fills", async () => {
    const name = `Colony ${Date.now()}`;
    await saveRecord({ type: "place", fields: placeFields(name), citation });
    expect(await db.place.count({ where: { name } })).toBe(0);
    await approveLatest();
    const place = await db.place.findFirstOrThrow({ where: { name }, include: { citations: true } });
    expect(place).toMatchObject({ addressLatin: "ul. Testovaya, 1", letterNeedsBirthYear: true, notes: null });
    expect(place.citations.map((c) => c.claim).sort()).toEqual(
      ["address", "country", "kind", "letterRules", "name", "region"].sort(),
    );

    // A change to its address cites its new source, which replaces only the address's citation.
    const loaded = (await getRecord("place", place.id))!;
    await expect(
      saveRecord({
        type: "place",
        id: place.id,
        seen: loaded.seen,
        fields: { ...placeFields(name), addressLatin: "ul. Novaya, 2" },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await saveRecord({
      type: "place",
      id: place.id,
      seen: loaded.seen,
      fields: { ...placeFields(name), addressLatin: "ul. Novaya, 2" },
      citation: { ...citation, quote: "The colony moved to ul. Novaya." },
    });
    await approveLatest();
    const after = await db.place.findUniqueOrThrow({ where: { id: place.id }, include: { citations: true } });
    expect(after.addressLatin).toBe("ul. Novaya, 2");
    expect(after.citations.filter((c) => c.claim === "address").map((c) => c.quote)).toEqual([
      "The colony moved to ul. Novaya.",
    ]);
    expect(after.citations.filter((c) => c.claim === "name").map((c) => c.quote)).toEqual([citation.quote]);
  });

  it("a transfer event moves the current place and keeps the history", async () => {
    const c = await createCase(db);
    const first = await reviewedPlace(`Pre-trial centre ${c.tag}`);
    const second = await reviewedPlace(`Colony No. 2 ${c.tag}`);
    await saveRecord({
      type: "placeStay",
      caseId: c.caseId,
      fields: { placeId: first.id, since: "2024-03", note: "" },
      citation,
    });
    // A stay of a published case is public: it waits for review like a status event, and the reviewer reads the
    // place's name, not its id.
    expect((await getPersonPage(c.slug))!.cases[0]!.stays).toEqual([]);
    const [pending] = await listPendingChanges(c.caseId);
    expect(pending!.placeNames).toEqual({ [first.id]: `Pre-trial centre ${c.tag}` });
    await approveLatest();
    const transfer = { ...citation, quote: "He was transferred to Colony No. 2." };
    await saveRecord({
      type: "placeStay",
      caseId: c.caseId,
      fields: { placeId: second.id, since: "", note: "Transferred" },
      citation: transfer,
    });
    await approveLatest();

    const detention = (await getPersonPage(c.slug))!.cases[0]!;
    expect(detention.stays.map((s) => [s.place.name, s.datePrecision, s.citations.map((x) => x.quote)])).toEqual([
      [`Colony No. 2 ${c.tag}`, "UNKNOWN", [transfer.quote]],
      [`Pre-trial centre ${c.tag}`, "MONTH", [citation.quote]],
    ]);
    expect(currentStay(detention.status, detention.stays)?.place.id).toBe(second.id);
    expect(currentStay("RELEASED", detention.stays)).toBeNull();
  });

  it("refuses a place in a country Habeas does not know, with a clear message", async () => {
    await expect(
      saveRecord({ type: "place", fields: { ...placeFields("Nowhere"), countryCode: "QQ" }, citation }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { "fields.countryCode": ["invalidCountry"] } },
    });
  });

  it("refuses a stay in a place of another country before it reaches a reviewer", async () => {
    const c = await createCase(db);
    const elsewhere = await createPlace(db, { country: "KZ" });
    const pending = await db.changeRequest.count({ where: { caseId: c.caseId } });
    const error = await saveRecord({
      type: "placeStay",
      caseId: c.caseId,
      fields: { placeId: elsewhere.id, since: "2025", note: "" },
      citation,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { "fields.placeId": ["invalidPlace"] } },
    });
    expect(await db.changeRequest.count({ where: { caseId: c.caseId } })).toBe(pending);
  });

  it("adds a stay to a draft at once, and removes it again", async () => {
    const c = await createCase(db, { visibility: "DRAFT" });
    const place = await createPlace(db);
    const saved = await saveRecord({
      type: "placeStay",
      caseId: c.caseId,
      fields: { placeId: place.id, since: "2025-01-02", note: "" },
      citation,
    });
    expect(saved.pendingReview).toBe(false);
    const stay = await db.placeStay.findUniqueOrThrow({ where: { id: saved.id! }, include: { citations: true } });
    expect([stay.sequence, stay.datePrecision, stay.citations.length]).toEqual([1, "DAY", 1]);
    const { deleteRecord } = await import("@/lib/server/records/delete-record");
    const loaded = (await getRecord("placeStay", stay.id))!;
    await deleteRecord({ type: "placeStay", id: stay.id, seen: loaded.seen });
    expect(await db.placeStay.count({ where: { caseId: c.caseId } })).toBe(0);
  });

  it("the place page lists only published cases: held now, a page at a time, and held before", async () => {
    const place = await createPlace(db);
    const elsewhere = await createPlace(db);
    const now = await createCase(db, { fullName: "Aaa Held Now" });
    const moved = await createCase(db, { fullName: "Bbb Moved On" });
    const released = await createCase(db, { fullName: "Ccc Released", status: "RELEASED" });
    const draft = await createCase(db, { visibility: "DRAFT", fullName: "Ddd Draft" });
    const deleted = await createCase(db, { fullName: "Eee Deleted" });
    await db.case.update({ where: { id: deleted.caseId }, data: { deletedAt: new Date() } });
    for (const c of [now, moved, released, draft, deleted]) await addStay(db, c.caseId, place.id);
    await addStay(db, moved.caseId, elsewhere.id);

    const page = (await getPlacePage(place.slug))!;
    expect(page.place.addressLocal).toMatch(/^ул. Тестовая, /);
    expect(page.currentCases.map((c) => c.person.fullName)).toEqual(["Aaa Held Now"]);
    expect(page.currentTotal).toBe(1);
    expect(page.previousCases.map((c) => c.person.fullName)).toEqual(["Bbb Moved On", "Ccc Released"]);
    expect(page.previousTotal).toBe(2);
    expect(JSON.stringify(page)).not.toMatch(/Ddd Draft|Eee Deleted/);
    expect((await getPlacePage(elsewhere.slug))!.currentCases.map((c) => c.person.fullName)).toEqual(["Bbb Moved On"]);
    // Past the last page: no rows, and the same counts (the page says there is no such page).
    const beyond = (await getPlacePage(place.slug, 9))!;
    expect([beyond.currentCases.length, beyond.currentTotal]).toEqual([0, 1]);
    expect(await getPlacePage("no-such-place")).toBeNull();
  });
});
