// Reviewing an import as a whole: the review queue shows it as one line, its own page lists its changes a page at
// a time, and approving or rejecting it names the fingerprint of its pending changes and reviews each as it was
// submitted (a case edited since goes back to its author), in slices that say how many remain.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { IMPORT_COLUMNS } from "@/lib/import/columns";
import { listPendingReviewPage } from "@/lib/server/changes/list-pending-changes";
import { getPendingImport, listPendingImports } from "@/lib/server/changes/list-pending-imports";
import { reviewImportBatch } from "@/lib/server/changes/review-import-batch";
import { runImport } from "@/lib/server/import/run-import";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
let author: TestUser;
let reviewer: TestUser;
const names: string[] = [];

/** Random syllables, so that no two people look alike to the duplicate check. */
function randomName(): string {
  const word = () =>
    Array.from({ length: 4 }, () => "bdfgklmnprstvz"[randomInt(14)]! + "aeiou"[randomInt(5)]!)
      .join("")
      .replace(/^./, (c) => c.toUpperCase());
  return `${word()} ${word()}`;
}

/** A file of `count` new people, each a cited, imprisoned journalist with a name no other test uses. */
function importFile(count: number): Uint8Array {
  const rows = Array.from({ length: count }, () => {
    const name = randomName();
    names.push(name);
    const values: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>> = {
      name,
      country: TEST_COUNTRY.name,
      roles: "Journalist",
      status: "Imprisoned",
      source_title: "Batch review test statement",
      source_date: "2025-04-10",
      quote: `${name} is imprisoned.`,
    };
    return IMPORT_COLUMNS.map((c) => values[c] ?? "").join(",");
  });
  return new TextEncoder().encode([IMPORT_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n");
}

async function importAs(user: TestUser, count: number): Promise<string> {
  actAs(user);
  const outcome = await runImport(importFile(count), `batch-${count}.csv`, { requestPublication: true });
  return outcome.result!.batchId!;
}

const published = (batchId: string) =>
  db.case.count({ where: { visibility: "PUBLISHED", changes: { some: { importBatchId: batchId } } } });

beforeAll(async () => {
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  author = await createTestUser(db);
  reviewer = await createTestUser(db);
  actAs(await createTestUser(db, { role: "ADMIN", totp: true }));
  await setFourEyes({ enabled: true });
});
afterAll(async () => {
  const made = await db.case.findMany({
    where: { person: { fullName: { in: names } } },
    select: { id: true, personId: true },
  });
  await db.caseCharge.deleteMany({ where: { caseId: { in: made.map((c) => c.id) } } });
  for (const c of made) await deleteTestCase(db, { caseId: c.id, personId: c.personId });
  await db.$disconnect();
});

describe("reviewing an import as a whole", () => {
  it("lists the import as one line, and its changes only on its own page", async () => {
    const batchId = await importAs(author, 3);
    actAs(reviewer);
    const line = (await listPendingImports()).find((b) => b.id === batchId);
    expect(line).toMatchObject({ pending: 3, byKind: [{ kind: "PUBLISH_CASE", count: 3 }] });
    const queue = await listPendingReviewPage({});
    expect(queue.changes.filter((c) => c.case && names.includes(c.case.person.fullName))).toEqual([]);
    const own = await listPendingReviewPage({ batchId });
    expect(own.changes).toHaveLength(3);
    expect(own.next).toBeNull();
  });

  it("pages the import's changes 25 at a time, oldest first, from the one after the last shown", async () => {
    const batchId = await importAs(author, 26);
    actAs(reviewer);
    const first = await listPendingReviewPage({ batchId });
    expect(first.changes).toHaveLength(25);
    expect(first.next).toBe(first.changes[24]!.id);
    const second = await listPendingReviewPage({ batchId, after: first.next! });
    expect(second.changes).toHaveLength(1);
    expect(second.next).toBeNull();
    const all = await db.changeRequest.findMany({
      where: { importBatchId: batchId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect([...first.changes, ...second.changes].map((c) => c.id)).toEqual(all.map((c) => c.id));
  });

  it("refuses the author, and a fingerprint other than the one the page showed, without changing anything", async () => {
    const batchId = await importAs(author, 2);
    const { seenHash } = await getPendingImport(batchId);
    await expect(reviewImportBatch({ batchId, decision: "approve", seenHash })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    actAs(reviewer);
    await expect(reviewImportBatch({ batchId, decision: "approve", seenHash: "0".repeat(64) })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    actAs(null);
    await expect(reviewImportBatch({ batchId, decision: "approve", seenHash })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    expect(await published(batchId)).toBe(0);
    expect(await db.changeRequest.count({ where: { importBatchId: batchId, state: "PENDING" } })).toBe(2);
  });

  it("publishes every case as submitted, sends back one edited since, and audits each change and the whole", async () => {
    const batchId = await importAs(author, 3);
    actAs(reviewer);
    const { seenHash } = await getPendingImport(batchId);
    const [edited] = await db.changeRequest.findMany({ where: { importBatchId: batchId }, orderBy: { id: "asc" } });
    // Someone edits one case after it was submitted: its publication must not go through on this approval.
    await db.case.update({ where: { id: edited!.caseId! }, data: { summary: "Edited after the import." } });
    const outcome = await reviewImportBatch({ batchId, decision: "approve", seenHash });
    expect(outcome).toMatchObject({ approved: 2, sentBack: 1, rejected: 0, notApplied: 0, remaining: 0 });
    expect(await published(batchId)).toBe(2);
    expect(await db.case.findUniqueOrThrow({ where: { id: edited!.caseId! } })).toMatchObject({ visibility: "DRAFT" });
    const caseIds = (await db.changeRequest.findMany({ where: { importBatchId: batchId } })).map((c) => c.caseId!);
    const approvals = { action: "CHANGE_APPROVED", actorId: reviewer.id, entityId: { in: caseIds } };
    expect(await db.auditLog.count({ where: approvals })).toBe(2);
    const whole = await db.auditLog.findFirstOrThrow({ where: { action: "IMPORT_REVIEWED", entityId: batchId } });
    expect(whole.meta).toMatchObject({ importReview: { approved: 2, sentBack: 1, remaining: 0 } });
  });

  it("works through a large import in slices, each naming the fingerprint of what remains", async () => {
    const batchId = await importAs(author, 3);
    actAs(reviewer);
    let { seenHash } = await getPendingImport(batchId);
    let approved = 0;
    for (let slice = 0; slice < 3; slice++) {
      // A slice of no time still reviews one change, so every call makes progress.
      const outcome = await reviewImportBatch({ batchId, decision: "approve", seenHash }, 0);
      expect(outcome.remaining).toBe(2 - slice);
      approved += outcome.approved;
      seenHash = outcome.nextSeenHash ?? "";
    }
    expect(approved).toBe(3);
    expect(await published(batchId)).toBe(3);
  });

  it("rejects every change with the reviewer's reason, which a rejection needs", async () => {
    const batchId = await importAs(author, 2);
    actAs(reviewer);
    const { seenHash } = await getPendingImport(batchId);
    await expect(reviewImportBatch({ batchId, decision: "reject", seenHash })).rejects.toMatchObject({
      name: "ZodError",
    });
    const outcome = await reviewImportBatch({ batchId, decision: "reject", seenHash, reason: "Wrong country." });
    expect(outcome).toMatchObject({ rejected: 2, remaining: 0 });
    const states = await db.changeRequest.findMany({
      where: { importBatchId: batchId },
      select: { state: true, reviewNote: true },
    });
    expect(states).toEqual([
      { state: "REJECTED", reviewNote: "Wrong country." },
      { state: "REJECTED", reviewNote: "Wrong country." },
    ]);
    expect(await published(batchId)).toBe(0);
  });
});
