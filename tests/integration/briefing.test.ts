// Country briefings from the seeded data, read back from each format.
import { describe, expect, it } from "vitest";
import { renderBriefing } from "@/lib/export-formats/render-briefing";
import { getCountryBriefing } from "@/lib/server/export-data/get-country-briefing";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { createCase, TEST_COUNTRY } from "../factories/cases";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";
import { docxParts, pdfText, wordText } from "../support/read-documents";
import { normaliseSpace } from "../support/text";

const db = createPrismaClient(databaseTarget());

describe("country briefing", () => {
  it("lists every seeded Tajik case in the PDF, with a Cyrillic name in Russian and numbered sources", async () => {
    const en = (await getCountryBriefing({ code: "TJ", locale: "en" }))!;
    const enText = normaliseSpace(await pdfText(await renderBriefing(en, "pdf")));
    for (const name of PEOPLE_BY_COUNTRY.TJ!) expect(enText, name).toContain(name);
    expect(enText).toContain("Joint statement of eight NGOs after the EU–Central Asia Summit in Samarkand");

    const ru = (await getCountryBriefing({ code: "TJ", locale: "ru" }))!;
    const ruText = normaliseSpace(await pdfText(await renderBriefing(ru, "pdf")));
    expect(ruText).toContain("Бузургмехр Ёров");
    expect(ruText).toContain("Источники");
  });

  it("writes a DOCX with real headings, a table row per case and sources as footnotes", async () => {
    const briefing = (await getCountryBriefing({ code: "KG", locale: "en" }))!;
    const parts = docxParts(await renderBriefing(briefing, "docx"));
    const document = parts["word/document.xml"]!;
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    const rows = document.split("<w:tr>").length - 1 || document.split("<w:tr ").length - 1;
    expect(rows).toBe(PEOPLE_BY_COUNTRY.KG!.length + 1);
    for (const name of PEOPLE_BY_COUNTRY.KG!) expect(wordText(document)).toContain(name);
    expect(wordText(parts["word/footnotes.xml"]!)).toContain("Joint statement of eight NGOs");

    // Word shows a footnote referenced twice as an empty note: each citation needs a footnote of its own.
    const references = [...document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(PEOPLE_BY_COUNTRY.KG!.length);
    expect(new Set(references).size).toBe(references.length);
    const notes = new Map(
      [...parts["word/footnotes.xml"]!.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)].map((m) => [
        m[1],
        wordText(m[2]!),
      ]),
    );
    // Word numbers each note itself; the note must not repeat the source's list number after it ("¹ 1.").
    for (const id of references) expect(notes.get(id), `footnote ${id}`).toMatch(/^Joint statement of eight NGOs/);
  });

  it("counts statuses as of a date, from the status history", async () => {
    const before = (await getCountryBriefing({ code: "KG", locale: "en", asOf: new Date("2000-01-01T00:00:00Z") }))!;
    expect(before.summary.byStatus).toEqual([]);
    expect(before.summary.notKnown).toBe(PEOPLE_BY_COUNTRY.KG!.length);
    const pardoned = (await getCountryBriefing({ code: "KG", locale: "en", status: ["PARDONED"] }))!;
    expect(pardoned.cases.map((c) => c.name)).toEqual(["Azamat Ishenbekov"]);
  });

  it("says 'not known' for unknown start dates, and 'at least' for imprecise ones", async () => {
    const kz = (await getCountryBriefing({ code: "KZ", locale: "en" }))!;
    const md = new TextDecoder().decode(await renderBriefing(kz, "md"));
    expect(kz.summary.detention.detained).toBe(4);
    expect(md).toContain("4 in detention; no start date is known for any of them.");
    expect(md).toContain(
      // The trailing run of "not known" cells is said once.
      "| Marat Zhylanbayev | Opposition politician | Detained | as reported on April 10, 2025 | Not known | | |",
    );
    expect(md).toContain("Opposition politician. Detained, as reported on April 10, 2025.");
    expect(md).not.toContain("since Not known");

    const c = await createCase(db, { status: "IMPRISONED", fullName: "Imprecise Detainee" });
    await db.$transaction([
      db.case.update({
        where: { id: c.caseId },
        data: { statusSince: new Date("2024-03-01T00:00:00Z"), statusSincePrecision: "MONTH" },
      }),
      db.statusEvent.updateMany({
        where: { caseId: c.caseId },
        data: { date: new Date("2024-03-01T00:00:00Z"), datePrecision: "MONTH" },
      }),
    ]);
    const xa = (await getCountryBriefing({
      code: TEST_COUNTRY.code,
      locale: "en",
      asOf: new Date("2025-03-31T23:59:59Z"),
    }))!;
    const row = xa.cases.find((x) => x.name === "Imprecise Detainee")!;
    expect(row.detention).toEqual({ days: 365, exact: false });
    const text = new TextDecoder().decode(await renderBriefing(xa, "md"));
    expect(text).toContain("Imprisoned since March 2024. In detention for at least 365 days.");
    const ru = new TextDecoder().decode(await renderBriefing({ ...xa, locale: "ru" }, "md"));
    expect(ru).toContain("Под стражей не менее 365 дней.");
    // A month after a Russian preposition is in the genitive: "с марта 2024", never "с март 2024".
    expect(ru).toMatch(/ с марта 2024\./);
    expect(ru).not.toMatch(/(с|от) март 2024/);
    expect(ru).toContain("*По состоянию на 31 марта 2025 г.* ");
  });

  it("the briefing summary counts match the data", async () => {
    const b = (await getCountryBriefing({ code: "TJ", locale: "en" }))!;
    // Counted here from the rows themselves, not by the summary's SQL.
    const cases = await db.case.findMany({
      where: { countryCode: "TJ", visibility: "PUBLISHED", deletedAt: null },
      select: {
        id: true,
        status: true,
        demands: {
          select: { kind: true, targetAuthority: true, status: true, _count: { select: { citations: true } } },
        },
      },
    });
    expect(b.summary.total).toBe(cases.length);
    const byStatus = new Map<string, number>();
    for (const c of cases) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
    expect(Object.fromEntries(b.summary.byStatus.map((s) => [s.status, s.count]))).toEqual(
      Object.fromEntries(byStatus),
    );
    const asks = new Map<string, Set<string>>();
    for (const c of cases)
      for (const d of c.demands)
        if (d.status !== "MET" && d._count.citations > 0) {
          const key = `${d.kind}|${d.targetAuthority}`;
          asks.set(key, (asks.get(key) ?? new Set()).add(c.id));
        }
    expect(Object.fromEntries(b.summary.asks.map((a) => [`${a.kind}|${a.targetAuthority}`, a.people]))).toEqual(
      Object.fromEntries([...asks].map(([k, v]) => [k, v.size])),
    );
    const md = new TextDecoder().decode(await renderBriefing(b, "md"));
    expect(md).toContain(`Release: ${cases.length} people — President Emomali Rakhmon`);
  });

  it("writes DOCX headings kept with their text, bulleted demands and one plain footnote per citation", async () => {
    const b = (await getCountryBriefing({ code: "TJ", locale: "en" }))!;
    const parts = docxParts(await renderBriefing(b, "docx"));
    const document = parts["word/document.xml"]!;
    const paragraphs = document.split("<w:p>").slice(1);
    const headings = paragraphs.filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p));
    expect(headings.length).toBeGreaterThan(5);
    for (const h of headings) expect(h, wordText(h)).toContain("<w:keepNext/>");
    const demands = paragraphs.filter((p) => wordText(p).startsWith("End a practice:"));
    expect(demands.length).toBe(2);
    for (const d of demands) expect(d).toContain("<w:numPr>");
    const notes = [...parts["word/footnotes.xml"]!.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/g)];
    for (const [, , body] of notes) expect(wordText(body!)).not.toMatch(/^\s*\d+\./);
  });
});
