// Bad input the issue names, each through the data layer or the route on the real database: a report or a clear
// refusal, and never a row written. Formulas in CSV cells, a 50 MB upload, mixed encodings and a full 10,000-row
// file.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/import/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { env } from "@/lib/env";
import { MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { checkImport } from "@/lib/server/import/check-import";
import { runImport } from "@/lib/server/import/run-import";
import { TEST_COUNTRY } from "../factories/cases";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { importFootprint } from "../support/import-footprint";

const db = createPrismaClient(databaseTarget());

const header = "name,country,roles,status,status_since,source_title,quote";
const line = (name: string, extra: Partial<Record<"summary" | "quote", string>> = {}) =>
  `${name},${TEST_COUNTRY.code},Journalist,Imprisoned,2024-11,Bad input test,${extra.quote ?? "Imprisoned since November 2024."}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const word = () =>
  Array.from({ length: 4 }, () => "bdfgklmnprstvz"[randomInt(14)]! + "aeiou"[randomInt(5)]!)
    .join("")
    .replace(/^./, (c) => c.toUpperCase());

const counts = () => importFootprint(db);

beforeAll(async () => {
  await db.country.upsert({ where: { code: TEST_COUNTRY.code }, create: TEST_COUNTRY, update: {} });
  actAs(await createTestUser(db));
});
afterAll(async () => {
  actAs(null);
  await db.$disconnect();
});

describe("import of bad input", () => {
  it("reports a formula in a CSV cell with its row and column, reads it as empty, and imports nothing", async () => {
    const file = bytes(
      `${header}\r\n${line(`${word()} ${word()}`)}\r\n${line(`${word()} ${word()}`, { quote: '"=HYPERLINK(""http://evil.example"",""x"")"' })}\r\n`,
    );
    const before = await counts();
    const report = await checkImport(file, "f.csv");
    expect(report.problems).toContainEqual({ row: 3, column: "quote", code: "formula" });
    const outcome = await runImport(file, "f.csv", {});
    expect(outcome.result).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("reads +, - and @ as formulas only before a function call or a DDE link, so text keeping them imports", async () => {
    const file = bytes(
      [
        header,
        line(`${word()} ${word()}`, { quote: '"+HYPERLINK(""http://evil.example"",""x"")"' }),
        line(`${word()} ${word()}`, { quote: "\"@SUM(1+9)*cmd|' /C calc'!A0\"" }),
        line(`${word()} ${word()}`, { quote: "- The journalist was detained on 3 May 2024." }),
        line(`${word()} ${word()}`, { quote: "@kg_reporter wrote that she was detained." }),
      ].join("\r\n") + "\r\n",
    );
    const report = await checkImport(file, "signs.csv");
    expect(report.problems).toEqual([
      { row: 2, column: "quote", code: "formula" },
      { row: 3, column: "quote", code: "formula" },
    ]);
    expect(report.rows.slice(2).map((r) => r.outcome)).toEqual(["new", "new"]);
  });

  it("answers a 50 MB upload with 413 and writes nothing", async () => {
    const before = await counts();
    const boundary = "habeasboundary";
    const file = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    const body = new Blob([
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      file,
      `\r\n--${boundary}--\r\n`,
    ]);
    const site = new URL(env().SITE_URL);
    const response = await importRoute(
      new Request(`${site.origin}/api/import`, {
        method: "POST",
        body,
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, origin: site.origin, host: site.host },
      }),
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { problem: "tooBig" } });
    expect(await counts()).toEqual(before);
  });

  it("refuses mixed encodings through the import itself and writes nothing", async () => {
    const before = await counts();
    const utf8 = bytes(`${header}\r\nИван Тестов,${TEST_COUNTRY.code},Journalist,Imprisoned,2024,Тест,`);
    const cp1251 = new Uint8Array([0xd6, 0xe8, 0xf2, 0xe0, 0xf2, 0xe0]); // «Цитата» in Windows-1251
    await expect(runImport(new Uint8Array([...utf8, ...cp1251]), "m.csv", {})).rejects.toMatchObject({
      details: { problem: "mixedEncoding" },
    });
    expect(await counts()).toEqual(before);
  });

  it("checks a full file of 10,000 rows, reporting every row, and writes nothing", async () => {
    const names = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `${word()} ${word()} ${i}`);
    const file = bytes([header, ...names.map((n) => line(n))].join("\r\n") + "\r\n");
    const before = await counts();
    const report = await checkImport(file, "full.csv");
    expect(report.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(report.problems).toEqual([]);
    expect(await counts()).toEqual(before);
    // Its speed is measured by bench/import.ts; here a loaded machine (PGlite shares the test's one thread) may take
    // well over a minute, which says nothing about correctness.
  }, 180_000);
});
