// CSV and JSON exports of cases: complete, quoted correctly, UTF-8, and safe to open in a spreadsheet.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { caseExportStream } from "@/lib/export-formats/case-export-stream";
import { translatorFor } from "@/lib/i18n/translator";
import { streamPublicCases } from "@/lib/server/public/stream-cases";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { createCase, TEST_COUNTRY } from "../factories/cases";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";

const db = createPrismaClient(databaseTarget());

function exportStream(params: Record<string, string>, format: "csv" | "json", bom = false, batchSize = 2000) {
  const query = parseCaseListQuery(params).query;
  return caseExportStream(streamPublicCases(query, batchSize), {
    format,
    bom,
    t: translatorFor("ru"),
    siteUrl: "https://habeas.example",
    locale: "ru",
  });
}

const exportText = (...args: Parameters<typeof exportStream>) => new Response(exportStream(...args)).text();
const firstBytes = async (...args: Parameters<typeof exportStream>) => [
  ...new Uint8Array(await new Response(exportStream(...args)).arrayBuffer()).slice(0, 3),
];

describe("case exports", () => {
  it("exports the filtered cases as CSV that parses back, across batches", async () => {
    const csv = await exportText({ country: "TJ" }, "csv", false, 5);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name).sort()).toEqual([...PEOPLE_BY_COUNTRY.TJ!].sort());
    expect(rows[0]!.status_label).toBe("В заключении");
    expect(rows[0]!.url).toMatch(/^https:\/\/habeas\.example\/ru\/cases\//);
  });

  it("neutralises spreadsheet formulas and keeps quotes, commas and Cyrillic intact", async () => {
    const c = await createCase(db, { fullName: '=HYPERLINK("http://evil","Кликни")' });
    await db.case.update({ where: { id: c.caseId }, data: { sentence: '+1, "two"', facility: "@SUM(A1)" } });
    const other = await createCase(db, { fullName: "-2+3" });
    const csv = await exportText({ country: TEST_COUNTRY.code }, "csv");
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const evil = rows.find((r) => r.slug === c.slug)!;
    expect(evil.name).toBe('\'=HYPERLINK("http://evil","Кликни")');
    expect(evil.sentence).toBe('\'+1, "two"');
    expect(evil.facility).toBe("'@SUM(A1)");
    expect(rows.find((r) => r.slug === other.slug)!.name).toBe("'-2+3");
  });

  it("adds a byte-order mark for Excel only when asked", async () => {
    expect(await firstBytes({ country: "TM" }, "csv", true)).toEqual([0xef, 0xbb, 0xbf]);
    expect(await firstBytes({ country: "TM" }, "csv", false)).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it("exports JSON that parses back, including an empty result", async () => {
    const json = JSON.parse(await exportText({ country: "KG" }, "json", false, 2)) as { name: string }[];
    expect(json.map((r) => r.name).sort()).toEqual([...PEOPLE_BY_COUNTRY.KG!].sort());
    const kazakh = JSON.parse(await exportText({ country: "KZ" }, "json")) as { name: string; roles: string }[];
    expect(kazakh.find((r) => r.name === "Temirlan Ensebek")!.roles).toBe("SATIRIST;BLOGGER");
    expect(JSON.parse(await exportText({ q: "nobody-by-this-name" }, "json"))).toEqual([]);
    expect(parse(await exportText({ q: "nobody-by-this-name" }, "csv"), { columns: true })).toEqual([]);
  });
});
