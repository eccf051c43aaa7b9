// The letter-writing pack: the case page's "Write to …" section and its printable PDF appear for a published case
// whose person is held at a place with an address, and for no other; an editor's "letters not advised" hides both at
// once, audited, and no one signed out can set it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as letterPack } from "@/app/api/cases/[slug]/letter-pack/route";
import { GET as apiCase } from "@/app/api/v1/cases/[slug]/route";
import { GET as apiCaseList } from "@/app/api/v1/cases/route";
import { WriteTo } from "@/components/person/write-to";
import { numberFootnotes } from "@/lib/citations/footnotes";
import { citationsInDisplayOrder } from "@/lib/citations/person-page-citations";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { setLettersNotAdvised } from "@/lib/server/cases/set-letters-not-advised";
import { invalidatePublicRecords } from "@/lib/server/public/cached";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { exchangeChunks } from "@/lib/server/export-data/exchange-stream";
import { getPlacePage } from "@/lib/server/public/get-place-page";
import { streamPublicCases } from "@/lib/server/public/stream-cases";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { createCase, deleteTestCase } from "../factories/cases";
import { addStay, createPlace, deletePlaces } from "../factories/places";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { pdfText } from "../support/read-documents";
import { normaliseSpace } from "../support/text";

const db = createPrismaClient(databaseTarget());
type TestCase = Awaited<ReturnType<typeof createCase>>;
type CaseKey = "held" | "transliterated" | "flagged" | "noPlace" | "released" | "noAddress" | "draft" | "deleted";
const cases: Record<CaseKey, TestCase> = {} as never;
const placeIds: string[] = [];
let place: Awaited<ReturnType<typeof createPlace>>;

async function pack(slug: string, query = "") {
  const response = await letterPack(new Request(`http://habeas.test/api/cases/${slug}/letter-pack${query}`), {
    params: Promise.resolve({ slug }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const pdf = response.headers.get("content-type") === "application/pdf";
  return {
    status: response.status,
    headers: response.headers,
    text: pdf ? normaliseSpace(await pdfText(bytes)) : new TextDecoder().decode(bytes),
  };
}

function expectAll(text: string, parts: string[]) {
  for (const part of parts) expect(text, part).toContain(part);
}

/** The section as the case page renders it, for each of the person's cases. */
async function section(slug: string, locale: "en" | "ru" = "en"): Promise<string> {
  const person = await getPersonPage(slug);
  if (!person) return "";
  const footnotes = numberFootnotes(citationsInDisplayOrder(person));
  return person.cases
    .map((detention) =>
      renderToStaticMarkup(
        createElement(NextIntlClientProvider, {
          locale,
          messages: locale === "en" ? en : ru,
          timeZone: "UTC",
          children: createElement(WriteTo, { person, detention, footnotes }),
        }),
      ),
    )
    .join("");
}

beforeAll(async () => {
  place = await createPlace(db, {
    name: "Test Colony No. 1",
    addressLocal: "620000, г. Тестоград, ул. Лагерная, 1, ИК-1",
    addressLatin: "620000, Testograd, ul. Lagernaya 1, IK-1",
    letterRules: "Letters in Russian only; no enclosures but photographs.",
    letterNeedsBirthYear: true,
  });
  const bare = await createPlace(db, { addressLocal: null, addressLatin: null });
  placeIds.push(place.id, bare.id);
  cases.held = await createCase(db, { fullName: "Letter Holder" });
  cases.transliterated = await createCase(db, { fullName: "Letter Spelled" });
  cases.flagged = await createCase(db);
  cases.noPlace = await createCase(db);
  cases.released = await createCase(db, { status: "RELEASED" });
  cases.noAddress = await createCase(db);
  cases.draft = await createCase(db, { visibility: "DRAFT" });
  cases.deleted = await createCase(db);
  for (const key of ["held", "transliterated", "flagged", "released", "draft", "deleted"] as const)
    await addStay(db, cases[key].caseId, place.id);
  await addStay(db, cases.noAddress.caseId, bare.id);
  await db.case.update({ where: { id: cases.deleted.caseId }, data: { deletedAt: new Date() } });
  await db.case.update({ where: { id: cases.flagged.caseId }, data: { lettersNotAdvised: true } });
  await db.person.update({
    where: { id: cases.held.personId },
    data: {
      birthYear: 1980,
      aliases: { create: { name: "Леттер Холдер", script: "CYRILLIC", kind: "NATIVE_SPELLING", origin: "SOURCE" } },
      citations: { create: { sourceId: "src-samarkand-ngo-statement", claim: "birthYear", quote: "born 1980" } },
    },
  });
  // The only Cyrillic spelling of this person is Habeas's own: no source gives the name in that script.
  await db.personAlias.create({
    data: {
      personId: cases.transliterated.personId,
      name: "Леттер Спелд",
      script: "CYRILLIC",
      kind: "TRANSLITERATION",
      origin: "EDITORIAL",
    },
  });
  invalidatePublicRecords();
});

const TRANSLITERATED = {
  en: "Spelling transliterated by Habeas; no source gives the name in this script.",
  ru: "Написание имени — транслитерация Habeas: ни один источник не приводит его в этом алфавите.",
};

afterAll(async () => {
  await deletePlaces(
    db,
    Object.values(cases).map((c) => c.caseId),
    placeIds,
  );
  for (const c of Object.values(cases)) await deleteTestCase(db, c);
  await db.$disconnect();
});

describe("letter-writing section", () => {
  it("gives the envelope in the address's script with the required year of birth, the Latin one and the rules", async () => {
    const html = await section(cases.held.slug);
    expect(html).toContain("Write to Letter Holder");
    expect(html).toContain("Леттер Холдер, 1980\n620000, г. Тестоград, ул. Лагерная, 1, ИК-1");
    expect(html).toContain("Letter Holder, 1980\n620000, Testograd, ul. Lagernaya 1, IK-1");
    expect(html).toContain("Letters in Russian only; no enclosures but photographs.");
    expect(html).toContain("The year of birth follows the name");
    expect(html).toContain(`/api/cases/${cases.held.slug}/letter-pack?locale=en&amp;case=${cases.held.caseId}`);
    // Each fact of the section carries its footnote.
    expect(html.match(/href="#fn-\d+"/g)?.length).toBeGreaterThanOrEqual(4);
    const russian = await section(cases.held.slug, "ru");
    expect(russian).toContain("Написать письмо: Леттер Холдер");
    expect(russian).toContain("Правила переписки");
  });

  it("marks a spelling of the name that Habeas transliterated, and only that one, in English and Russian", async () => {
    const html = await section(cases.transliterated.slug);
    expect(html).toContain("Леттер Спелд\n620000, г. Тестоград");
    expect(html).toContain(TRANSLITERATED.en);
    expect(html.match(new RegExp(TRANSLITERATED.en, "g"))).toHaveLength(1);
    expect(await section(cases.transliterated.slug, "ru")).toContain(TRANSLITERATED.ru);
    // A source's own spelling carries no such mark.
    expect(await section(cases.held.slug)).not.toContain(TRANSLITERATED.en);
  });

  it("is hidden when letters are not advised, no place is known, the place has no address, or the person is released", async () => {
    for (const key of ["flagged", "noPlace", "noAddress", "released"] as const) {
      expect(await getPersonPage(cases[key].slug), key).not.toBeNull();
      expect(await section(cases[key].slug), key).toBe("");
    }
  });

  it("says the year of birth is required but not known, and prints none, when no source gives it", async () => {
    await db.person.update({ where: { id: cases.flagged.personId }, data: { birthYear: null } });
    await db.case.update({ where: { id: cases.flagged.caseId }, data: { lettersNotAdvised: false } });
    invalidatePublicRecords();
    try {
      const html = await section(cases.flagged.slug);
      expect(html).toContain("asks for the year of birth beside the name. No source gives it");
      expect(html).not.toMatch(/, \d{4}\n/);
    } finally {
      await db.case.update({ where: { id: cases.flagged.caseId }, data: { lettersNotAdvised: true } });
      invalidatePublicRecords();
    }
  });
});

describe("letter pack PDF", () => {
  it("is one page with the envelope in both scripts, the rules, the advice and the sources, in English", async () => {
    const { status, headers, text } = await pack(cases.held.slug, `?locale=en&case=${cases.held.caseId}`);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toBe("no-store");
    expect(headers.get("content-disposition")).toContain(`habeas-${cases.held.slug}-letters-en.pdf`);
    expectAll(text, [
      "Letter-writing pack",
      "Write to Letter Holder",
      "Test Colony No. 1",
      "Леттер Холдер, 1980 620000, г. Тестоград, ул. Лагерная, 1, ИК-1",
      "Letter Holder, 1980 620000, Testograd, ul. Lagernaya 1, IK-1",
      "Letters in Russian only; no enclosures but photographs.",
      "Before you write",
      "Sources of the address and rules",
      "Joint statement of eight NGOs",
      "Page 1 of 1",
    ]);
    // One source, cited for every fact of the pack: listed once, and every note points to it.
    expect(text.match(/Joint statement of eight NGOs/g)).toHaveLength(1);
    expect(text.match(/\[(\d+(, )?)+\]/g)?.every((note) => note === "[1]")).toBe(true);
    expectAll(text, []);
  });

  it("marks a spelling Habeas transliterated beside the envelope it is on, in English and Russian", async () => {
    const en = await pack(cases.transliterated.slug, "?locale=en");
    expect(en.status).toBe(200);
    expectAll(en.text, ["Леттер Спелд 620000, г. Тестоград", TRANSLITERATED.en]);
    const ru = await pack(cases.transliterated.slug, "?locale=ru");
    expect(ru.text).toContain(TRANSLITERATED.ru);
    expect((await pack(cases.held.slug, "?locale=en")).text).not.toContain(TRANSLITERATED.en);
  });

  it("speaks Russian, Cyrillic and all", async () => {
    const { status, text } = await pack(cases.held.slug, "?locale=ru");
    expect(status).toBe(200);
    expectAll(text, ["Памятка для писем", "Написать письмо: Леттер Холдер", "Прежде чем писать", "Страница 1 из 1"]);
  });

  it("answers 404 wherever the section is hidden, and for a draft, a deleted case or another person's case", async () => {
    for (const key of ["flagged", "noPlace", "noAddress", "released", "draft", "deleted"] as const) {
      expect((await pack(cases[key].slug)).status, key).toBe(404);
    }
    expect((await pack(cases.held.slug, `?case=${cases.flagged.caseId}`)).status).toBe(404);
    expect((await pack("no-such-person")).status).toBe(404);
  });

  it("refuses a bad query with a 4xx, not a 5xx", async () => {
    expect((await pack(cases.held.slug, "?locale=xx")).status).toBe(400);
    expect((await pack(cases.held.slug, `?case=${"x".repeat(500)}`)).status).toBe(400);
  });
});

describe("letters not advised", () => {
  it("is refused to anyone signed out, and writes nothing", async () => {
    actAs(null);
    const before = await db.auditLog.count({ where: { entityId: cases.held.caseId } });
    const error = await setLettersNotAdvised({ caseId: cases.held.caseId, lettersNotAdvised: true }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHENTICATED");
    expect(await db.auditLog.count({ where: { entityId: cases.held.caseId } })).toBe(before);
    const row = await db.case.findUniqueOrThrow({ where: { id: cases.held.caseId } });
    expect(row.lettersNotAdvised).toBe(false);
  });

  it("hides the section and the pack at once when an editor sets it, audited, and shows them again when cleared", async () => {
    const editor = await createTestUser(db);
    actAs(editor);
    const { version } = await db.case.findUniqueOrThrow({ where: { id: cases.held.caseId } });
    try {
      expect(await setLettersNotAdvised({ caseId: cases.held.caseId, lettersNotAdvised: "on" })).toEqual({
        lettersNotAdvised: true,
        changed: true,
      });
      invalidatePublicRecords();
      expect(await section(cases.held.slug)).toBe("");
      expect((await pack(cases.held.slug)).status).toBe(404);
      const audit = await db.auditLog.findMany({ where: { entityId: cases.held.caseId, actorId: editor.id } });
      expect(audit.map((a) => a.action)).toEqual(["CASE_LETTERS_NOT_ADVISED"]);
      // Setting it again changes nothing and audits nothing.
      expect((await setLettersNotAdvised({ caseId: cases.held.caseId, lettersNotAdvised: true })).changed).toBe(false);
      // The flag is no public fact: the case's version stays, so no open form or pending review goes stale.
      expect((await db.case.findUniqueOrThrow({ where: { id: cases.held.caseId } })).version).toBe(version);
      // Nor does the public API say it is set.
      const api = await apiCase(new Request(`http://habeas.test/api/v1/cases/${cases.held.slug}`), {
        params: Promise.resolve({ slug: cases.held.slug }),
      });
      expect(await api.text()).not.toMatch(/advised/i);
      await setLettersNotAdvised({ caseId: cases.held.caseId, lettersNotAdvised: false });
      invalidatePublicRecords();
      expect(await section(cases.held.slug)).toContain("Write to Letter Holder");
      expect((await pack(cases.held.slug)).status).toBe(200);
      const actions = await db.auditLog.findMany({
        where: { entityId: cases.held.caseId, actorId: editor.id },
        orderBy: { createdAt: "asc" },
      });
      expect(actions.map((a) => a.action)).toEqual(["CASE_LETTERS_NOT_ADVISED", "CASE_LETTERS_ADVISED"]);
    } finally {
      actAs(null);
    }
  });

  it("keeps a flagged person apart from the place's postal address on every public surface", async () => {
    // Letters can endanger the person: no public read pairs them with an address to write to, though the place
    // itself, a cited fact, is still named on their page.
    const addressParts = ["Лагерная", "Lagernaya", "Letters in Russian only"];
    const person = await getPersonPage(cases.flagged.slug);
    const place = person!.cases[0]!.stays[0]!.place;
    expect(place.name).toBe("Test Colony No. 1");
    expect([place.addressLocal, place.addressLatin, place.letterRules]).toEqual([null, null, null]);
    expect(place.citations.map((c) => c.claim)).not.toContain("address");
    const api = await apiCase(new Request(`http://habeas.test/api/v1/cases/${cases.flagged.slug}`), {
      params: Promise.resolve({ slug: cases.flagged.slug }),
    });
    const apiText = await api.text();
    expect(apiText).toContain("Test Colony No. 1");
    for (const part of addressParts) expect(apiText, part).not.toContain(part);
    const exported: Record<string, unknown>[] = [];
    for await (const batch of streamPublicCases(parseCaseListQuery({}).query)) exported.push(...batch);
    const flaggedRow = exported.find((row) => row.slug === cases.flagged.slug)!;
    expect(flaggedRow.placeName).toBe("Test Colony No. 1");
    expect([flaggedRow.placeAddressLocal, flaggedRow.placeAddressLatin]).toEqual([null, null]);
    expect(exported.find((row) => row.slug === cases.held.slug)!.placeAddressLatin).toContain("Lagernaya");
    // The exchange file would let another instance offer letters it cannot know are not advised: no stays.
    let file = "";
    for await (const chunk of exchangeChunks(db, { country: null, siteUrl: "http://habeas.test" })) file += chunk;
    const exchanged = (JSON.parse(file) as { cases: { url: string; stays: unknown[] }[] }).cases;
    const stays = (slug: string) => exchanged.find((c) => c.url.endsWith(`/cases/${slug}`))!.stays;
    expect(stays(cases.flagged.slug)).toEqual([]);
    expect(stays(cases.held.slug)).toHaveLength(1);
    const placePage = await getPlacePage(place.slug);
    const listed = [...placePage!.currentCases, ...placePage!.previousCases].map((c) => c.id);
    expect(listed).toContain(cases.held.caseId);
    expect(listed).not.toContain(cases.flagged.caseId);
    expect(placePage!.currentTotal).toBe(placePage!.currentCases.length);
  });

  it("refuses an unknown or deleted case with a 404, and a malformed form", async () => {
    actAs(await createTestUser(db));
    try {
      for (const caseId of ["no-such-case", cases.deleted.caseId]) {
        const error = await setLettersNotAdvised({ caseId, lettersNotAdvised: true }).catch((e) => e);
        expect((error as AppError).code, caseId).toBe("NOT_FOUND");
      }
      await expect(setLettersNotAdvised({ caseId: "" })).rejects.toThrow();
    } finally {
      actAs(null);
    }
  });
});

describe("the API's case list", () => {
  it("names each listed person's current place, and none for someone released or with no place known", async () => {
    const list = async (q: string) => {
      const request = new Request(`http://habeas.test/api/v1/cases?q=${encodeURIComponent(q)}`);
      const response = await apiCaseList(request, { params: Promise.resolve({}) as never });
      expect(response.status).toBe(200);
      return (await response.json()) as { data: { slug: string; currentPlace: unknown }[] };
    };
    const held = (await list("Letter Holder")).data.find((row) => row.slug === cases.held.slug);
    expect(held?.currentPlace).toEqual({
      slug: place.slug,
      name: "Test Colony No. 1",
      url: expect.stringMatching(new RegExp(`/en/places/${place.slug}$`)),
    });
    const listed = (await list(cases.released.fullName)).data.find((row) => row.slug === cases.released.slug);
    expect(listed).toBeDefined();
    expect(listed!.currentPlace).toBeNull();
  });
});
