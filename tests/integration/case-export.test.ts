// CSV and JSON exports of cases: complete, quoted correctly, UTF-8, and safe to open in a spreadsheet.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { caseExportStream } from "@/lib/export-formats/case-export-stream";
import { CASE_EXPORT_COLUMNS } from "@/lib/export-formats/case-rows";
import { translatorFor } from "@/lib/i18n/translator";
import { streamPublicCases } from "@/lib/server/public/stream-cases";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { createCase, deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";

const db = createPrismaClient(databaseTarget());

function exportStream(params: Record<string, string>, format: "csv" | "json", bom = false, batchSize = 2000) {
  const query = parseCaseListQuery(params).query;
  return caseExportStream(streamPublicCases(query, batchSize, "CYRILLIC"), {
    format,
    bom,
    t: translatorFor("ru"),
    siteUrl: "https://habeas.example",
    locale: "ru",
  });
}

const exportText = (...args: Parameters<typeof exportStream>) => new Response(exportStream(...args)).text();
/** The rows of a CSV by machine column name, past its header row (which is in the export's language). */
const csvRows = (csv: string) =>
  parse(csv, { columns: [...CASE_EXPORT_COLUMNS], from_line: 2 }) as Record<string, string>[];
const firstBytes = async (...args: Parameters<typeof exportStream>) => [
  ...new Uint8Array(await new Response(exportStream(...args)).arrayBuffer()).slice(0, 3),
];

describe("case exports", () => {
  it("exports the filtered cases as CSV that parses back, across batches", async () => {
    const csv = await exportText({ country: "TJ" }, "csv", false, 5);
    const rows = csvRows(csv);
    expect(rows.map((r) => r.name_source).sort()).toEqual([...PEOPLE_BY_COUNTRY.TJ!].sort());
    expect(rows[0]!.status_label).toBe("В заключении");
    expect(rows[0]!.url).toMatch(/^https:\/\/habeas\.example\/ru\/cases\//);
  });

  it("neutralises spreadsheet formulas and keeps quotes, commas and Cyrillic intact", async () => {
    const c = await createCase(db, { fullName: '=HYPERLINK("http://evil","Кликни")' });
    await db.case.update({ where: { id: c.caseId }, data: { sentence: '+1, "two"', facility: "@SUM(A1)" } });
    const other = await createCase(db, { fullName: "-2+3" });
    const csv = await exportText({ country: TEST_COUNTRY.code }, "csv");
    const rows = csvRows(csv);
    const evil = rows.find((r) => r.slug === c.slug)!;
    expect(evil.name).toBe('\'=HYPERLINK("http://evil","Кликни")');
    expect(evil.sentence).toBe('\'+1, "two"');
    expect(evil.facility).toBe("'@SUM(A1)");
    expect(rows.find((r) => r.slug === other.slug)!.name).toBe("'-2+3");
  });

  it("the Russian CSV has Cyrillic names and Russian headers, country names and labels, with charges, dates, demands and source addresses", async () => {
    const c = await createCase(db);
    const source = await db.source.create({
      data: { title: `Report ${c.tag}`, kind: "NEWS_ARTICLE", url: `https://example.org/report-${c.tag}` },
    });
    await db.personAlias.create({
      data: {
        personId: c.personId,
        name: `Тестов ${c.tag}`,
        script: "CYRILLIC",
        kind: "NATIVE_SPELLING",
        origin: "SOURCE",
        searchName: c.tag,
      },
    });
    await db.case.update({
      where: { id: c.caseId },
      data: { convictionDate: new Date("2024-03-01"), convictionPrecision: "MONTH" },
    });
    await db.charge.create({
      data: {
        countryCode: TEST_COUNTRY.code,
        article: "Art. 330",
        description: `Charge ${c.tag}`,
        cases: { create: { caseId: c.caseId } },
        citations: { create: { sourceId: source.id, quote: "charged", claim: "charge" } },
      },
    });
    await db.demand.create({
      data: { kind: "RELEASE", description: `Free ${c.tag}`, targetAuthority: "The President", caseId: c.caseId },
    });
    const csv = await exportText({ country: TEST_COUNTRY.code }, "csv");
    const header = parse(csv, { to_line: 1 })[0] as string[];
    expect(header.slice(0, 5)).toEqual(["Идентификатор", "Имя", "Имя в написании источника", "Код страны", "Страна"]);
    const row = (parse(csv, { columns: true }) as Record<string, string>[]).find((r) => r["Идентификатор"] === c.slug)!;
    expect([row["Имя"], row["Имя в написании источника"]]).toEqual([`Тестов ${c.tag}`, c.fullName]);
    expect([row["Роли"], row["Статус"], row["Дата приговора"]]).toEqual(["Журналист", "В заключении", "2024-03"]);
    expect(row["Обвинения"]).toBe(`Art. 330: Charge ${c.tag}`);
    expect(row["Требования"]).toContain(`Free ${c.tag}`);
    expect(row["Требования"]).toContain("The President");
    expect(row["Адреса источников"]).toContain(`https://example.org/report-${c.tag}`);
    const tajik = csvRows(await exportText({ country: "TJ" }, "csv"))[0]!;
    expect(tajik.country).toBe("Таджикистан");
    await deleteTestCase(db, c);
  });

  it("adds a byte-order mark for Excel only when asked", async () => {
    expect(await firstBytes({ country: "TM" }, "csv", true)).toEqual([0xef, 0xbb, 0xbf]);
    expect(await firstBytes({ country: "TM" }, "csv", false)).not.toEqual([0xef, 0xbb, 0xbf]);
  });

  it("exports JSON that parses back, including an empty result", async () => {
    const json = JSON.parse(await exportText({ country: "KG" }, "json", false, 2)) as { name_source: string }[];
    expect(json.map((r) => r.name_source).sort()).toEqual([...PEOPLE_BY_COUNTRY.KG!].sort());
    const kazakh = JSON.parse(await exportText({ country: "KZ" }, "json")) as {
      name_source: string;
      roles: string;
      role_codes: string;
    }[];
    expect(kazakh.find((r) => r.name_source === "Temirlan Ensebek")!.roles).toBe("Сатирик; Блогер");
    expect(kazakh.find((r) => r.name_source === "Temirlan Ensebek")!.role_codes).toBe("SATIRIST;BLOGGER");
    expect(JSON.parse(await exportText({ q: "nobody-by-this-name" }, "json"))).toEqual([]);
    expect(parse(await exportText({ q: "nobody-by-this-name" }, "csv"), { columns: true })).toEqual([]);
  });
});
