// The spreadsheet import through the data layer on the real database: a dry run writes nothing, errors name their
// row and column, matches are found, the batch stays private until a second editor approves it, and importing the
// same file again changes nothing. CSV (UTF-8 and Windows-1251) and XLSX are read alike.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { IMPORT_COLUMNS } from "@/lib/import/columns";
import { checkImport } from "@/lib/server/import/check-import";
import { runImport } from "@/lib/server/import/run-import";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";
import { makeXlsx } from "../support/make-xlsx";
import { importFootprint } from "../support/import-footprint";

const db = createPrismaClient(databaseTarget());
let editorA: TestUser;
let editorB: TestUser;

/** Every name this file makes up, so its people can be removed afterwards. */
const madeNames: string[] = [];

/** A made-up name of random syllables, so no two tests' names look alike to the duplicate check. */
function randomName(): string {
  const syllable = () => "bdfgklmnprstvz"[randomInt(14)]! + "aeiou"[randomInt(5)]!;
  const word = () =>
    Array.from({ length: 4 }, syllable)
      .join("")
      .replace(/^./, (c) => c.toUpperCase());
  const name = `${word()} ${word()}`;
  madeNames.push(name);
  return name;
}

type Row = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

function row(overrides: Row = {}): Row {
  return {
    name: randomName(),
    // The test country, so the seeded countries keep exactly the people their documents name.
    country: TEST_COUNTRY.name,
    roles: "Journalist",
    status: "Imprisoned",
    status_since: "2024-11",
    arrest_date: "2024",
    charges: "Calls to mass unrest",
    source_title: "Import test statement",
    source_publisher: "Import Test NGO",
    source_url: "https://example.org/import-test",
    source_date: "2025-04-10",
    quote: "The journalist was arrested in 2024 and has been imprisoned since November 2024.",
    ...overrides,
  };
}

function csv(rows: Row[]): Uint8Array {
  const cell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [IMPORT_COLUMNS.join(","), ...rows.map((r) => IMPORT_COLUMNS.map((c) => cell(r[c] ?? "")).join(","))];
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

const counts = () => importFootprint(db);

beforeAll(async () => {
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  editorA = await createTestUser(db);
  editorB = await createTestUser(db);
});
beforeEach(async () => {
  const admin = await createTestUser(db, { role: "ADMIN", totp: true });
  actAs(admin);
  await setFourEyes({ enabled: true });
  actAs(editorA);
});
afterAll(async () => {
  // Imported people leave no trace for the files that run after this one on the same database.
  const imported = await db.case.findMany({
    where: { person: { fullName: { in: madeNames } } },
    select: { id: true, personId: true },
  });
  // Rows share charges, so the links go first and each case then deletes only what is its own.
  await db.caseCharge.deleteMany({ where: { caseId: { in: imported.map((c) => c.id) } } });
  for (const c of imported) await deleteTestCase(db, { caseId: c.id, personId: c.personId });
  await db.$disconnect();
});

describe("spreadsheet import", () => {
  it("checks a file without writing anything, and names each error's row and column", async () => {
    const before = await counts();
    const report = await checkImport(
      csv([row(), row({ status_since: "11/2024", status: "Jailed" }), row({ country: "Atlantis" })]),
      "cases.csv",
    );
    expect(await counts()).toEqual(before);
    expect(report.counts).toMatchObject({ new: 1, invalid: 2 });
    expect(report.problems).toEqual([
      { row: 3, column: "status", code: "unknownStatus", params: { value: "Jailed" } },
      { row: 3, column: "status_since", code: "invalidDate" },
      { row: 4, column: "country", code: "unknownCountry", params: { value: "Atlantis" } },
    ]);
  });

  it("refuses a file with errors unless told to skip them, and then writes nothing half-way", async () => {
    const before = await counts();
    const outcome = await runImport(csv([row(), row({ quote: "" })]), "cases.csv", {});
    expect(outcome.result).toBeNull();
    expect(outcome.report.problems).toEqual([{ row: 3, column: "quote", code: "required" }]);
    expect(await counts()).toEqual(before);
  });

  it("creates cited drafts in one batch that stays private until another editor approves it; a second import changes nothing", async () => {
    const first = row({
      aliases: "cyrillic:Тест Имя; Test Imya",
      external_ids: `CPJ:imp-${randomInt(1e9)}`,
      sentence: "7 years",
      roles: "Журналист; blogger",
    });
    const second = row({ status: "Освобождена", status_since: "2025" });
    const file = csv([first, second]);
    const outcome = await runImport(file, "cases.csv", { requestPublication: true });
    expect(outcome.result?.summary).toMatchObject({ created: 2, publicationRequests: 2 });
    const batchId = outcome.result!.batchId!;

    const person = await db.person.findFirstOrThrow({
      where: { fullName: first.name },
      include: {
        aliases: true,
        identifiers: true,
        citations: true,
        cases: {
          include: {
            citations: true,
            statusEvents: true,
            charges: { include: { charge: { include: { citations: true } } } },
          },
        },
      },
    });
    const draft = person.cases[0]!;
    expect(draft.visibility).toBe("DRAFT");
    expect(person.roles).toEqual(["JOURNALIST", "BLOGGER"]);
    expect(draft.statusSincePrecision).toBe("MONTH");
    expect(draft.arrestPrecision).toBe("YEAR");
    expect(draft.sentence).toBe("7 years");
    expect(draft.convictionDate).toBeNull();
    expect(person.aliases.map((a) => [a.name, a.script]).sort()).toEqual([
      ["Test Imya", "LATIN"],
      ["Тест Имя", "CYRILLIC"],
    ]);
    // Every fact carries the row's quote.
    // The status is cited on its event (the current status cites the event that set it), the other facts, the
    // country among them, on the case.
    expect(new Set(draft.citations.map((c) => c.claim))).toEqual(new Set(["country", "sentence", "arrestDate"]));
    expect(draft.charges[0]!.charge.citations.map((c) => c.quote)).toContain(first.quote);
    expect(person.citations.every((c) => c.quote === first.quote)).toBe(true);
    expect(await getPersonPage(person.slug)).toBeNull();

    const requests = await db.changeRequest.findMany({
      where: { importBatchId: batchId },
      orderBy: { createdAt: "asc" },
    });
    expect(requests.map((r) => r.kind)).toEqual(["PUBLISH_CASE", "PUBLISH_CASE"]);
    expect(await db.auditLog.count({ where: { action: "IMPORT_RUN", entityId: batchId, actorId: editorA.id } })).toBe(
      1,
    );

    const before = await counts();
    const again = await runImport(file, "cases.csv", { requestPublication: true });
    expect(again.report.counts).toMatchObject({ unchanged: 2 });
    expect(again.result).toEqual({
      batchId: null,
      summary: expect.objectContaining({ created: 0, unchanged: 2, publicationRequests: 0 }),
    });
    expect(await counts()).toEqual(before);

    await expect(approveChange(db, requests[0]!.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(editorB);
    for (const r of requests) expect(await approveChange(db, r.id)).toEqual({ state: "APPROVED" });
    const page = await getPersonPage(person.slug);
    expect(page?.cases[0]?.status).toBe("IMPRISONED");
  });

  it("matches existing people by name key and by external identifier, and proposes changes to published cases", async () => {
    const id = `imp-${randomInt(1e9)}`;
    const original = row({ external_ids: `ISN:${id}` });
    const created = await runImport(csv([original]), "a.csv", { requestPublication: true });
    actAs(editorB);
    for (const r of await db.changeRequest.findMany({ where: { importBatchId: created.result!.batchId! } }))
      await approveChange(db, r.id);
    actAs(editorA);

    const spelledAlike = { ...original, name: original.name!.toUpperCase().replace(/A/g, "Á"), external_ids: "" };
    const byId = {
      ...original,
      name: randomName(),
      external_ids: `GUANTANAMO_ISN:${id}`,
      status: "Released",
      status_since: "2025-03",
    };
    const close = { ...original, name: original.name!.slice(0, -1), country: "KG", external_ids: "" };
    const report = await checkImport(csv([byId]), "b.csv");
    expect(report.rows[0]).toMatchObject({ outcome: "update", changes: ["status"] });
    const report2 = await checkImport(csv([spelledAlike]), "c.csv");
    expect(report2.rows[0]!.outcome).toBe("unchanged");
    const report3 = await checkImport(csv([close]), "d.csv");
    expect(report3.rows[0]).toMatchObject({
      outcome: "duplicate",
      matches: [expect.objectContaining({ fullName: original.name })],
    });

    const caseId = report.rows[0]!.caseId!;
    const proposed = await runImport(csv([byId]), "b.csv", {});
    expect(proposed.result?.summary).toMatchObject({ proposed: 1 });
    const change = await db.changeRequest.findFirstOrThrow({ where: { caseId, state: "PENDING" } });
    expect(change).toMatchObject({ kind: "CHANGE_STATUS", importBatchId: proposed.result!.batchId });
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("IMPRISONED");
  });

  it("proposes a changed fact of a published case that a reviewer can approve, citing the imported source", async () => {
    const original = row();
    const created = await runImport(csv([original]), "a.csv", { requestPublication: true });
    actAs(editorB);
    for (const r of await db.changeRequest.findMany({ where: { importBatchId: created.result!.batchId! } }))
      await approveChange(db, r.id);
    actAs(editorA);

    const proposed = await runImport(csv([{ ...original, sentence: "Seven years" }]), "b.csv", {});
    const change = await db.changeRequest.findFirstOrThrow({
      where: { importBatchId: proposed.result!.batchId!, kind: "UPDATE_CASE" },
    });
    actAs(editorB);
    expect(await approveChange(db, change.id)).toEqual({ state: "APPROVED" });
    const updated = await db.case.findUniqueOrThrow({ where: { id: change.caseId! }, include: { citations: true } });
    expect(updated.sentence).toBe("Seven years");
    expect(updated.citations.find((c) => c.claim === "sentence")?.quote).toBe(original.quote);
    actAs(editorA);
  });

  it("reads Windows-1251 CSV with semicolons, as Russian Excel saves it, and XLSX", async () => {
    const name = randomName();
    const text = `name;country;roles;status;status_since;source_title;quote\r\n${name};Киргизия;Правозащитник;Под стражей до суда;2025-01-15;Заявление;Задержан 15 января 2025 года.\r\n`;
    const cp1251 = encode1251(text);
    const report = await checkImport(cp1251, "ru.csv");
    expect(report.problems).toEqual([]);
    expect(report.rows[0]).toMatchObject({ outcome: "new", name });

    const xlsx = makeXlsx([
      ["name", "country", "roles", "status", "status_since", "source_title", "quote"],
      [randomName(), "KG", "Lawyer", "DETAINED", "2025-02", "Report", "Detained in February 2025."],
      [randomName(), "KG", "Lawyer", "=A1", "2025-02", "Report", "Detained."],
    ]);
    const x = await checkImport(xlsx, "cases.xlsx");
    expect(x.format).toBe("xlsx");
    expect(x.rows[0]!.outcome).toBe("new");
    expect(x.problems).toEqual([{ row: 3, column: "status", code: "formula" }]);
  });

  it("refuses unreadable files with a reason", async () => {
    await expect(checkImport(new Uint8Array(), "e.csv")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { problem: "empty" },
    });
    await expect(checkImport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "p.png")).rejects.toMatchObject({
      details: { problem: "notSpreadsheet" },
    });
    await expect(checkImport(new TextEncoder().encode("nom,pays\r\nx,y\r\n"), "f.csv")).rejects.toMatchObject({
      details: { problem: "unknownColumn" },
    });
    const mixed = new Uint8Array([
      ...new TextEncoder().encode("name,country,roles,status,source_title,quote\r\nЖурналист Тест,KG,x,y,z,"),
      ...encode1251("Цитата"),
    ]);
    await expect(checkImport(mixed, "m.csv")).rejects.toMatchObject({ details: { problem: "mixedEncoding" } });
    const tooMany = csv(Array.from({ length: 10_001 }, () => ({ name: "x" })));
    await expect(checkImport(tooMany, "big.csv")).rejects.toMatchObject({ details: { problem: "tooManyRows" } });
    await expect(checkImport(new Uint8Array(11 * 1024 * 1024).fill(65), "huge.csv")).rejects.toMatchObject({
      details: { problem: "tooBig" },
    });
  });
});

/** Windows-1251 for the Russian alphabet, Latin letters and punctuation: enough for a test file. */
function encode1251(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (ch === "ё") return 0xb8;
      if (ch === "Ё") return 0xa8;
      throw new Error(`Not in the test encoder: ${ch}`);
    }),
  );
}
