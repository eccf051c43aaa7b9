// The WGAD submission draft: a DOCX, for staff only, that states a case's cited facts with their sources as
// footnotes, marks every gap for the author, includes a confidential field only when asked, and is audited.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as wgadRoute } from "@/app/api/wgad/[caseId]/route";
import { WgadDraftForm } from "@/components/editor/wgad-draft-form";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { AppError } from "@/lib/errors";
import { ORGANISATION_KEY } from "@/lib/server/internal/organisation-settings";
import { getWgadDraft } from "@/lib/server/wgad/get-wgad-draft";
import en from "@/messages/en.json";
import { createCase, deleteTestCase, TEST_COUNTRY } from "../factories/cases";
import { createTestUser, type TestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { docxParts, wordText } from "../support/read-documents";

const db = createPrismaClient(databaseTarget());
const SECRET = "WGADSECRET9X";
let full: Awaited<ReturnType<typeof createCase>>;
let bare: Awaited<ReturnType<typeof createCase>>;
let elsewhere: Awaited<ReturnType<typeof createCase>>;
let deleted: Awaited<ReturnType<typeof createCase>>;
let editor: TestUser;
let placeId: string;
let otherPlaceId: string;
let sourceId: string;
let organisationBefore: { value: unknown } | null;

async function download(caseId: string, query = "") {
  const response = await wgadRoute(new Request(`http://habeas.test/api/wgad/${caseId}${query}`), {
    params: Promise.resolve({ caseId }),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isDocx = (response.headers.get("content-type") ?? "").includes("wordprocessingml");
  const parts = isDocx ? docxParts(bytes) : {};
  return {
    response,
    parts,
    body: isDocx ? "" : new TextDecoder().decode(bytes),
    document: parts["word/document.xml"] ? wordText(parts["word/document.xml"]) : "",
    notes: parts["word/footnotes.xml"] ? wordText(parts["word/footnotes.xml"]) : "",
  };
}

beforeAll(async () => {
  editor = await createTestUser(db);
  full = await createCase(db, { visibility: "DRAFT", fullName: "Wgad Draft Person", confidential: `${SECRET}-field` });
  bare = await createCase(db, { visibility: "DRAFT" });
  elsewhere = await createCase(db, { visibility: "DRAFT" });
  deleted = await createCase(db, { fullName: "Wgad Deleted Person" });
  await db.case.update({ where: { id: deleted.caseId }, data: { deletedAt: new Date() } });
  sourceId = (
    await db.source.create({
      data: {
        title: "Report on the arrest of Wgad Draft Person",
        publisher: "Wgad Test Monitor",
        publishedDate: new Date("2024-04-02T00:00:00Z"),
        publishedPrecision: "DAY",
        url: "https://example.org/wgad-test-report",
        kind: "NGO_STATEMENT",
      },
    })
  ).id;
  const quote = (claim: string) => ({ sourceId, claim, quote: `The report says: ${claim}.` });
  const charge = (description: string, article: string | null) =>
    db.charge.create({
      data: {
        countryCode: TEST_COUNTRY.code,
        article,
        description,
        cases: { create: { caseId: full.caseId } },
        citations: { create: quote("charge") },
      },
    });
  placeId = (
    await db.place.create({
      data: {
        slug: `wgad-test-colony-${full.tag}`,
        name: "Penal Colony No. 7",
        kind: "PENAL_COLONY",
        countryCode: TEST_COUNTRY.code,
        region: "North Region",
        citations: { create: [quote("place"), quote("kind")] },
      },
    })
  ).id;
  // A place whose kind Habeas records only as "other": what kind of place it is stays for the author to say.
  otherPlaceId = (
    await db.place.create({
      data: {
        slug: `wgad-test-other-${full.tag}`,
        name: "Building 4",
        kind: "OTHER",
        countryCode: TEST_COUNTRY.code,
        citations: { create: quote("name") },
      },
    })
  ).id;
  await db.$transaction([
    db.case.update({
      where: { id: full.caseId },
      data: {
        arrestDate: new Date("2024-03-12T00:00:00Z"),
        arrestPrecision: "DAY",
        summary: "Arrested after a peaceful protest.",
        contactDetails: `${SECRET}-contact`,
        familyDetails: `${SECRET}-family`,
        internalNotes: `${SECRET}-notes`,
        riskNote: `${SECRET}-risk`,
        // Two sources' worth of passages for the arrest date, so its two footnote marks stand side by side.
        citations: { create: [quote("arrestDate"), quote("summary"), { ...quote("arrestDate"), quote: "Again." }] },
      },
    }),
    // The status since a month, so the Russian draft must put that month in the genitive ("с марта").
    db.statusEvent.updateMany({
      where: { caseId: full.caseId },
      data: { date: new Date("2024-03-01T00:00:00Z"), datePrecision: "MONTH" },
    }),
    db.placeStay.create({ data: { caseId: elsewhere.caseId, placeId: otherPlaceId, sequence: 1 } }),
    db.person.update({ where: { id: full.personId }, data: { birthYear: 1985, gender: "FEMALE" } }),
    charge("Spreading false information", "Article 341"),
    charge("Insulting an official", null),
    db.placeStay.create({
      data: {
        caseId: full.caseId,
        placeId,
        sequence: 1,
        date: new Date("2024-05-01T00:00:00Z"),
        datePrecision: "MONTH",
        citations: { create: quote("stay") },
      },
    }),
    db.caseFact.create({
      data: {
        caseId: full.caseId,
        sequence: 1,
        text: "Her lawyer was denied access.",
        citations: { create: quote("fact") },
      },
    }),
  ]);
  organisationBefore = await db.setting.findUnique({ where: { key: ORGANISATION_KEY }, select: { value: true } });
  await db.setting.upsert({
    where: { key: ORGANISATION_KEY },
    create: { key: ORGANISATION_KEY, value: { name: "Wgad Test Rights Group", contact: "", introduction: "" } },
    update: { value: { name: "Wgad Test Rights Group", contact: "", introduction: "" } },
  });
});

afterAll(async () => {
  // The shared database keeps the organisation settings as this file found them.
  if (organisationBefore)
    await db.setting.update({ where: { key: ORGANISATION_KEY }, data: { value: organisationBefore.value as object } });
  else await db.setting.delete({ where: { key: ORGANISATION_KEY } });
  const places = { in: [placeId, otherPlaceId] };
  const stays = await db.placeStay.findMany({ where: { placeId: places }, select: { id: true } });
  await db.citation.deleteMany({
    where: { OR: [{ placeId: places }, { placeStayId: { in: stays.map((s) => s.id) } }] },
  });
  await db.placeStay.deleteMany({ where: { placeId: places } });
  await db.place.deleteMany({ where: { id: places } });
  for (const c of [full, bare, elsewhere, deleted]) await deleteTestCase(db, c);
  await db.source.delete({ where: { id: sourceId } });
  actAs(null);
  await db.$disconnect();
});

describe("WGAD submission draft", () => {
  it("states the case's cited facts under the questionnaire's headings, with its sources as footnotes", async () => {
    actAs(editor);
    const { response, parts, document, notes } = await download(full.caseId, "?locale=en");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="habeas-wgad-draft-${full.slug}-en-\\d{4}-\\d{2}-\\d{2}\\.docx"$`),
    );
    expect(document).toContain("DRAFT — to be completed and checked before submission");
    const headings = ["I. Identity", "II. Arrest", "III. Detention", "IV. Legal grounds", "V. Circumstances"];
    headings.push("VI. Steps taken domestically", "VII. Submitting organisation");
    const at = headings.map((h) => document.indexOf(h));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const fact of [
      "Wgad Draft Person",
      "Female",
      "born in 1985",
      "March 12, 2024",
      "Penal Colony No. 7, North Region",
      "penal colony",
      "since May 2024",
      "Spreading false information",
      "Article 341",
      "Arrested after a peaceful protest.",
      "Her lawyer was denied access.",
      "Wgad Test Rights Group",
      "Category V",
    ])
      expect(document, fact).toContain(fact);
    // One footnote per citation mark, each naming its source, its date, its address and the passage.
    const references = [...parts["word/document.xml"]!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)];
    expect(references.length).toBeGreaterThanOrEqual(8);
    expect(new Set(references.map((r) => r[1])).size).toBe(references.length);
    for (const text of [
      "Report on the arrest of Wgad Draft Person, Wgad Test Monitor, April 2, 2024.",
      "https://example.org/wgad-test-report",
      "“The report says: arrestDate.”",
      "“The report says: stay.”",
      "“The report says: kind.”",
      "“The report says: charge.”",
    ])
      expect(notes, text).toContain(text);
  });

  it("says what kind of place the person is held in, and marks it for the author when Habeas knows only 'other'", async () => {
    actAs(editor);
    const en = await download(full.caseId, "?locale=en");
    expect(en.document).toMatch(/Present place of detention:\s+Penal Colony No\. 7, North Region\s*,\s+penal colony/);
    const ru = await download(full.caseId, "?locale=ru");
    expect(ru.document).toContain("исправительная колония");
    const other = await download(elsewhere.caseId, "?locale=en");
    expect(other.document).toContain("Building 4");
    expect(other.document).toContain("[To complete: kind of place — not known to Habeas]");
  });

  it("writes Russian dates in the case each sentence needs: «с марта 2024 года», never «с март 2024»", async () => {
    actAs(editor);
    const { document } = await download(full.caseId, "?locale=ru");
    expect(document).toContain("с мая 2024 года");
    expect(document).toContain("с марта 2024 года");
    const nominative = "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь";
    expect(document).not.toMatch(new RegExp(`(^|\\s)(с|от|до) (${nominative}) `));
    // A Russian date ends in "г.": the sentence after it starts without a second period.
    expect(document).not.toContain("г..");
  });

  it("keeps adjacent footnote marks apart, so that ¹ and ² never read as twelve", async () => {
    actAs(editor);
    const { parts } = await download(full.caseId, "?locale=en");
    const xml = parts["word/document.xml"]!;
    // Each run of the document in order: a footnote mark, or the text it shows.
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) =>
      m[1]!.includes("<w:footnoteReference") ? "REF" : wordText(`<w:r>${m[1]}</w:r>`),
    );
    const adjacent = runs.findIndex((run, i) => run === "REF" && runs[i + 1] === "REF");
    expect(adjacent, runs.slice(Math.max(0, adjacent - 3), adjacent + 3).join(" | ")).toBe(-1);
    // The arrest date's two marks are there, parted by a superscript comma as Word writes them.
    expect(runs.join("")).toMatch(/March 12, 2024REF,REF/);
  });

  it("refuses a deleted case with a 409 that says so, and audits no draft", async () => {
    actAs(editor);
    const before = await db.auditLog.count({ where: { entityId: deleted.caseId, action: "WGAD_DRAFT_GENERATED" } });
    const { response, body } = await download(deleted.caseId, "?locale=en");
    expect(response.status).toBe(409);
    expect(JSON.parse(body)).toMatchObject({ error: { code: "CONFLICT", message: expect.stringMatching(/deleted/) } });
    await expect(getWgadDraft(deleted.caseId, { locale: "en", include: [] })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "CONFLICT",
    );
    expect(await db.auditLog.count({ where: { entityId: deleted.caseId, action: "WGAD_DRAFT_GENERATED" } })).toBe(
      before,
    );
  });

  it("offers a deleted case's editors no draft form, only why", () => {
    const form = (isDeleted: boolean) =>
      renderToStaticMarkup(
        createElement(NextIntlClientProvider, {
          locale: "en",
          messages: en,
          timeZone: "UTC",
          children: createElement(WgadDraftForm, { caseId: deleted.caseId, deleted: isDeleted }),
        }),
      );
    expect(form(false)).toContain(`action="/api/wgad/${deleted.caseId}"`);
    expect(form(true)).not.toContain("<form");
    expect(form(true)).toContain("This case is deleted, so no submission draft is made from it.");
  });

  it("marks each fact Habeas does not know for the author to complete, highlighted", async () => {
    actAs(editor);
    const { document, parts } = await download(full.caseId);
    for (const gap of ["nationality", "place of arrest", "article of the law", "date of conviction, if any"])
      expect(document, gap).toContain(`[To complete: ${gap} — not known to Habeas]`);
    expect(document).toContain("[To be written by the author]");
    expect(parts["word/document.xml"]).toContain('<w:highlight w:val="yellow"/>');

    const bareDraft = await download(bare.caseId);
    for (const gap of ["date of arrest", "present place of detention", "circumstances of the arrest and detention"])
      expect(bareDraft.document, gap).toContain(`[To complete: ${gap} — not known to Habeas]`);
    expect(bareDraft.document).toContain("This case is not published on Habeas");

    const ru = await download(bare.caseId, "?locale=ru");
    expect(ru.document).toContain("ПРОЕКТ — дополнить и проверить перед отправкой");
    expect(ru.document).toContain("[Дополнить: дата ареста — Habeas неизвестно]");
    expect(ru.document).toContain("[Дополнить: нынешнее место содержания — Habeas неизвестно]");
  });

  it("includes no confidential field unless asked, and only the ones asked for, and audits which", async () => {
    actAs(editor);
    const plain = await download(full.caseId);
    expect(JSON.stringify(plain.parts)).not.toContain(SECRET);
    const latest = () =>
      db.auditLog.findFirstOrThrow({
        where: { entityType: "case", entityId: full.caseId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    expect(await latest()).toMatchObject({
      actorId: editor.id,
      action: "WGAD_DRAFT_GENERATED",
      meta: { locale: "en", includedConfidentialFields: [] },
    });

    const asked = await download(full.caseId, "?include=contact&include=family,contact");
    expect(asked.response.status).toBe(200);
    expect(asked.document).toContain(`${SECRET}-contact`);
    expect(asked.document).toContain(`${SECRET}-family`);
    expect(asked.document).not.toContain(`${SECRET}-notes`);
    expect(asked.document).not.toContain(`${SECRET}-risk`);
    expect(asked.document).toContain("confidential information from Habeas’s records");
    expect((await latest()).meta).toMatchObject({ includedConfidentialFields: ["contactDetails", "familyDetails"] });
  });

  it("is refused to anyone signed out or disabled, at the route and at the data layer, and writes nothing", async () => {
    const disabled = await createTestUser(db, { disabled: true });
    for (const user of [null, disabled]) {
      actAs(user);
      const before = await db.auditLog.count();
      const { response, body } = await download(full.caseId, "?include=contact,family,notes,risk");
      expect(response.status).toBe(401);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(body).not.toContain(SECRET);
      await expect(getWgadDraft(full.caseId, { locale: "en", include: ["contact"] })).rejects.toSatisfy(
        (e) => e instanceof AppError && e.code === "UNAUTHENTICATED",
      );
      expect(await db.auditLog.count()).toBe(before);
    }
  });

  it("answers bad input with a clear 4xx", async () => {
    actAs(editor);
    for (const [caseId, query, status] of [
      [full.caseId, "?include=everything", 400],
      [full.caseId, "?include=__proto__", 400],
      [full.caseId, "?locale=xx", 400],
      ["no-such-case", "", 404],
      ["x".repeat(500), "", 404],
      ["%00'\"<>", "", 404],
    ] as const) {
      const { response, body } = await download(caseId, query);
      expect(`${caseId.slice(0, 20)}${query}: ${response.status}`).toBe(`${caseId.slice(0, 20)}${query}: ${status}`);
      expect(JSON.parse(body)).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
  });
});
