// The corrections of the seed's fact-check (issue 13 §4): each says no more, and no less, than the document.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSeedRows } from "@/lib/seed/build-rows";
import { isReleaseStatus } from "@/lib/cases/release-statuses";
import { quoteFoundInText } from "@/lib/citations/quote-match";
import { seedData } from "@/prisma/seed-data";
import { INTERCEPT_ARTICLE, SAMARKAND_DECLARATION, UN_SR_REPORT } from "@/prisma/seed-data/sources";
import { RAW_DOCUMENT } from "../support/seed-document";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import pkg from "@/package.json";

const rows = buildSeedRows(seedData);
const personNamed = (name: string) => rows.people.find((p) => p.fullName === name)!;
const caseOf = (name: string) => rows.cases.find((c) => c.personId === personNamed(name).id)!;
const demandsOf = (name: string) => rows.demands.filter((d) => d.caseId === caseOf(name).id);
const citationsOf = (key: "personId" | "demandId" | "chargeId" | "caseFactId", id: string, claim?: string) =>
  rows.citations.filter((c) => c[key] === id && (!claim || c.claim === claim)).map((c) => c.quote);
/** Whether the passage stands between an opening “ and its closing ” in the document. */
function insideQuotationMarks(quote: string): boolean {
  const at = RAW_DOCUMENT.indexOf(quote);
  const before = RAW_DOCUMENT.slice(0, at);
  const after = RAW_DOCUMENT.slice(at + quote.length);
  return at >= 0 && before.lastIndexOf("“") > before.lastIndexOf("”") && /^[^“]*”/.test(after.split("\n")[0]!);
}
const factsOf = (name: string) => rows.caseFacts.filter((f) => f.caseId === caseOf(name).id);

describe("seed quotes", () => {
  it("stand byte for byte in the seed document, non-breaking spaces included", () => {
    expect(rows.citations.filter((c) => !RAW_DOCUMENT.includes(c.quote)).map((c) => c.quote)).toEqual([]);
    expect(rows.citations.some((c) => c.quote.includes("\u00a0"))).toBe(true);
  });

  it("stand in the text of the source they cite, which is itself cut byte for byte from the document", () => {
    const texts = rows.sources.filter((s) => s.text);
    expect(texts.map((s) => s.id).sort()).toEqual([
      "src-intercept-guantanamo-kazakhstan",
      "src-samarkand-ngo-statement",
    ]);
    for (const source of texts) expect(RAW_DOCUMENT.includes(source.text!), source.id).toBe(true);
    const textOf = new Map(texts.map((s) => [s.id, s.text!]));
    expect(rows.citations.filter((c) => !textOf.get(c.sourceId)?.includes(c.quote)).map((c) => c.quote)).toEqual([]);
    expect(rows.citations.every((c) => quoteFoundInText(c.quote, textOf.get(c.sourceId)!))).toBe(true);
  });

  it("attribute to the UN report only words the article puts in quotation marks and gives to the Special Rapporteur", () => {
    const fromReport = rows.citations.filter((c) => c.quotedSourceId === UN_SR_REPORT);
    expect(fromReport.length).toBeGreaterThan(0);
    for (const c of fromReport) {
      expect(insideQuotationMarks(c.quote), c.quote).toBe(true);
      expect(c.quote).not.toContain("The U.N. investigation found");
    }
  });

  it("leave the declaration's words to the declaration, and the NGOs' “[emphasis added]” out of them", () => {
    const paragraphs = rows.citations.filter((c) => c.quotedSourceId === SAMARKAND_DECLARATION);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.filter((c) => c.quote.includes("emphasis added"))).toEqual([]);
  });
});

describe("the former Guantánamo detainees in Kazakhstan", () => {
  const quranshi = "Sabri al-Qurashi";
  const khanayna = "Muhammad Ali Husayn Khanayna";

  it("carry no demand the article does not make: no legal status from Kazakhstan, no family reunification", () => {
    for (const name of [quranshi, khanayna]) {
      const kinds = demandsOf(name).map((d) => d.kind);
      expect(kinds, name).not.toContain("GRANT_LEGAL_STATUS");
      expect(kinds, name).not.toContain("FAMILY_REUNIFICATION");
      expect(
        demandsOf(name).map((d) => d.targetAuthority),
        name,
      ).not.toContain("Government of Kazakhstan (host country)");
    }
    expect(rows.citations.filter((c) => c.quote.includes("have not been given proper legal status"))).toEqual([]);
  });

  it("record what the article says of their situation as cited facts", () => {
    const expectFact = (name: string, words: RegExp, quote: string) => {
      const fact = factsOf(name).find((f) => words.test(f.text));
      expect(fact, `${name}: ${words}`).toBeDefined();
      expect(
        citationsOf("caseFactId", fact!.id).some((q) => q.includes(quote)),
        `${name}: ${quote}`,
      ).toBe(true);
    };
    for (const name of [quranshi, khanayna]) {
      expectFact(name, /back to Yemen/, "Kazakh officials threatened to send them back to Yemen");
      expectFact(name, /house arrest/, "effectively remain under house arrest");
    }
    expectFact(quranshi, /chaperone/, "ask for his assigned chaperone to accompany him");
    expectFact(quranshi, /mail/, "unable to send or receive money, packages, or mail");
    expectFact(quranshi, /press charges/, "not allowed to press charges against a man who attacked him");
    expectFact(quranshi, /reunite/, "he has not been allowed to reunite with his family or his wife in Yemen");
    const houseArrest = rows.citations.find((c) => c.quote.includes("effectively remain under house arrest"))!;
    expect(houseArrest.quotedSourceId).toBe(UN_SR_REPORT);
    expect(houseArrest.sourceId).toBe(INTERCEPT_ARTICLE);
  });

  it("credit the UN report's follow-up recommendation with the report's words only", () => {
    const demand = rows.demands.find((d) => d.description.includes("follow-up system"))!;
    const cited = rows.citations.filter((c) => c.demandId === demand.id);
    // The report makes the demand: every citation quotes it, inside the article's quotation marks.
    expect(cited.map((c) => [c.sourceId, c.quotedSourceId])).toEqual([[INTERCEPT_ARTICLE, UN_SR_REPORT]]);
    for (const c of cited) expect(insideQuotationMarks(c.quote), c.quote).toBe(true);
    // "for all resettlements and repatriations" is The Intercept's framing, outside the quoted passage.
    expect(demand.description).not.toMatch(/resettlements|repatriations/);
  });
});

describe("the joint statement's people", () => {
  it("gives the Tajik four the group's two roles and no role of their own", () => {
    for (const name of ["Ulfatkhonim Mamadshoeva", "Buzurgmehr Yorov", "Manuchehr Kholiknazarov", "Faromuz Irgashov"]) {
      const person = personNamed(name);
      expect([...person.roles].sort(), name).toEqual(["HUMAN_RIGHTS_DEFENDER", "LAWYER"]);
      expect(citationsOf("personId", person.id, "roles"), name).toEqual([
        "Human rights activists and lawyers Ulfatkhonim Mamadshoeva, Buzurgmehr Yorov, Manuchehr Kholiknazarov, and Faromuz Irgashov should also be freed without delay.",
      ]);
      expect(person.biography, name).toContain("without saying which");
    }
  });

  it("dates Ishenbekov's release by his pardon “this week”, in the statement of 10 April 2025, with its sentence", () => {
    const c = caseOf("Azamat Ishenbekov");
    expect(c).toMatchObject({ status: "PARDONED", releasePrecision: "MONTH" });
    expect(c.releaseDate?.toISOString().slice(0, 10)).toBe("2025-04-01");
    expect(rows.citations.filter((x) => x.caseId === c.id && x.claim === "releaseDate").map((x) => x.quote)).toEqual([
      expect.stringContaining("pardoned Temirov Live associated journalist Azamat Ishenbekov this week"),
    ]);
  });

  it("fills the release date of every release, pardon or acquittal with a known date, as a status change does", () => {
    for (const c of rows.cases) {
      const event = rows.statusEvents.find((e) => e.caseId === c.id && e.toStatus === c.status)!;
      const released = isReleaseStatus(c.status) && event.date !== null;
      expect({ date: c.releaseDate, precision: c.releasePrecision }, c.id).toEqual(
        released ? { date: event.date, precision: event.datePrecision } : { date: null, precision: "UNKNOWN" },
      );
      const statusQuotes = rows.citations.filter((x) => x.statusEventId === event.id).map((x) => x.quote);
      const releaseQuotes = rows.citations.filter((x) => x.caseId === c.id && x.claim === "releaseDate");
      expect(
        releaseQuotes.map((x) => x.quote),
        c.id,
      ).toEqual(released ? statusQuotes : []);
    }
  });

  it("keeps the hedge on Mamyrkulova's charges and states no formal basis", () => {
    const charge = rows.charges.find((c) => c.id === "charge-kg-social-media-posts")!;
    expect(charge.description).toContain("in apparent retaliation for social media posts");
    expect(charge.description).toContain("formal basis not stated");
    expect(charge.article).toBeNull();
  });

  it("says “abroad” of the critics in Turkmenistan, not of Achilova", () => {
    const [demand] = demandsOf("Soltan Achilova");
    expect(demand!.description).toMatch(
      /critics of the regime, both inside the country and abroad, including Soltan Achilova/,
    );
    expect(citationsOf("demandId", demand!.id)[0]).toContain(
      "both inside the country and abroad, including veteran human rights defender",
    );
  });

  it("cites the Uzbek four's roles and demands with the sentences that make them", () => {
    for (const name of ["Dauletmurat Tadzhimuratov", "Nargiz Keldiyorova", "Dildora Khakimova", "Valijon Kalonov"]) {
      const person = personNamed(name);
      const roleQuotes = citationsOf("personId", person.id, "roles");
      expect(
        roleQuotes.some((q) => q.startsWith("All these human rights defenders")),
        name,
      ).toBe(true);
      expect(
        roleQuotes.some((q) => q.includes("should order to quash wrongful convictions") && q.includes(name)),
        name,
      ).toBe(true);
      for (const demand of demandsOf(name)) {
        expect(citationsOf("demandId", demand.id), `${name} ${demand.kind}`).toEqual([
          expect.stringContaining("should order to quash wrongful convictions"),
        ]);
      }
    }
  });
});

describe("every seeded case's country", () => {
  it("is cited by a passage that names the country and places the person in it", () => {
    const countryName = new Map<string, string>(rows.countries.map((c) => [c.code, c.name]));
    // The article writes "the UAE" for the United Arab Emirates.
    const spelling = (code: string) => (code === "AE" ? "UAE" : countryName.get(code)!);
    for (const c of rows.cases) {
      const quotes = rows.citations.filter((x) => x.caseId === c.id && x.claim === "country").map((x) => x.quote);
      expect(quotes, c.id).toHaveLength(1);
      expect(quotes[0], c.id).toContain(spelling(c.countryCode));
      const person = rows.people.find((p) => p.id === c.personId)!;
      if (!person.isUnnamed) expect(quotes[0], c.id).toContain(person.fullName);
    }
  });
});

describe("the site's own words", () => {
  it("do not say that everyone is held for what they said or did", () => {
    // The project's own introductions say what Habeas records too, and must be as true of every record.
    const readme = readFileSync("README.md", "utf8");
    const contributing = readFileSync("CONTRIBUTING.md", "utf8");
    for (const [name, text] of [
      ["en.Site", JSON.stringify(en.Site)],
      ["ru.Site", JSON.stringify(ru.Site)],
      ["en", JSON.stringify(en)],
      ["ru", JSON.stringify(ru)],
      ["package.json", pkg.description],
      ["README.md", readme],
      ["CONTRIBUTING.md", contributing],
    ] as const) {
      expect(text, name).not.toMatch(/said or did|слова и действия/);
    }
    expect(en.Site.tagline).toMatch(/detained or restricted/);
    expect(ru.Site.tagline).toMatch(/задержанные или ограниченные/);
    for (const [name, text] of [
      ["README.md", readme],
      ["CONTRIBUTING.md", contributing],
    ] as const)
      expect(text.split("\n\n")[1], name).toMatch(/detained or restricted/);
  });
});
