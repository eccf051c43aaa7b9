// Nothing private leaks: a canary string in every confidential field, all over a draft case, a deleted one, one
// an admin took down and one unpublished through review, in their facts and citations and in the sources only they
// cite or quote (dated, so the as-of views see them), must never appear in any export format, API endpoint, feed
// or public read. PDF and DOCX are checked through their extracted text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as briefing } from "@/app/api/briefings/[code]/route";
import { GET as caseSheet } from "@/app/api/cases/[slug]/sheet/route";
import { GET as letterPack } from "@/app/api/cases/[slug]/letter-pack/route";
import { GET as exportCases } from "@/app/api/exports/cases/route";
import { GET as feeds } from "@/app/api/feeds/route";
import { GET as apiCase } from "@/app/api/v1/cases/[slug]/route";
import { GET as apiCases } from "@/app/api/v1/cases/route";
import { GET as apiCountries } from "@/app/api/v1/countries/route";
import { GET as apiDemands } from "@/app/api/v1/demands/route";
import { GET as exchange } from "@/app/api/v1/exchange/route";
import { GET as exchangeSchema } from "@/app/api/v1/exchange.schema.json/route";
import { GET as apiLaws } from "@/app/api/v1/laws/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as apiSources } from "@/app/api/v1/sources/route";
import { CONFIDENTIAL_CASE_COLUMNS, WITH_CONFIDENTIAL_CASE } from "@/lib/db/confidential-columns";
import CaseShareImage from "@/app/[locale]/(public)/cases/[slug]/opengraph-image";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { GET as search } from "@/app/api/search/route";
import { GET as wgadDraft } from "@/app/api/wgad/[caseId]/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { takeDownCase } from "@/lib/server/cases/take-down-case";
import { FOUR_EYES_KEY } from "@/lib/server/internal/four-eyes";
import { getCountryPage } from "@/lib/server/public/get-country-page";
import { getPersonPage } from "@/lib/server/public/get-person-page";
import { getPlacePage } from "@/lib/server/public/get-place-page";
import { listPlaces } from "@/lib/server/public/list-places";
import { invalidatePublicRecords } from "@/lib/server/public/cached";
import { getSourcePage } from "@/lib/server/public/get-source-page";
import { getStatistics } from "@/lib/server/public/get-statistics";
import { listPublicCases } from "@/lib/server/public/list-cases";
import { searchBiographies } from "@/lib/server/public/search-biographies";
import { searchPeople } from "@/lib/server/public/search-people";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { setFourEyes } from "@/lib/server/settings/set-four-eyes";
import { createCase, deleteTestCase } from "../factories/cases";
import { addStay, createPlace, deletePlaces } from "../factories/places";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";
import { approveChange } from "../support/approve-change";
import { docxParts, pdfText, wordText } from "../support/read-documents";

const db = createPrismaClient(databaseTarget());
const CANARY = "CANARY7Q4Z";
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response> | Response;
let holder: Awaited<ReturnType<typeof createCase>>;
let draft: Awaited<ReturnType<typeof createCase>>;
let deleted: Awaited<ReturnType<typeof createCase>>;
let takenDown: Awaited<ReturnType<typeof createCase>>;
let unpublished: Awaited<ReturnType<typeof createCase>>;
const canarySources: string[] = [];

/** A source with the canary in every field, as a source created for an unpublished case would carry its name. */
async function canarySource(label: string): Promise<string> {
  // Dated, so the status views (status_event_report) list it as a report of the events that cite it.
  const published = { publishedDate: new Date("2025-01-10T00:00:00Z"), publishedPrecision: "DAY" as const };
  const data = {
    title: `${CANARY}-${label}-title`,
    publisher: `${CANARY}-publisher`,
    authors: [`${CANARY}-author`],
    url: `https://example.org/${CANARY}/${label}`,
    archiveNote: `${CANARY}-archive`,
    kind: "NEWS_ARTICLE" as const,
    ...published,
  };
  const { id } = await db.source.create({ data });
  canarySources.push(id);
  return id;
}

async function fetchText(
  handler: Handler,
  path: string,
  params: object = {},
): Promise<{ status: number; text: string }> {
  const response = await handler(new Request(`http://habeas.test${path}`), {
    params: Promise.resolve(params as never),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("pdf")) return { status: response.status, text: await pdfText(bytes) };
  if (type.includes("wordprocessingml"))
    return { status: response.status, text: Object.values(docxParts(bytes)).map(wordText).join(" ") };
  return { status: response.status, text: new TextDecoder().decode(bytes) };
}

beforeAll(async () => {
  holder = await createCase(db, { country: "TJ", fullName: "Canary Holder", confidential: `${CANARY}-confidential` });
  draft = await createCase(db, {
    country: "TJ",
    visibility: "DRAFT",
    fullName: `Draft ${CANARY}`,
    sourceId: await canarySource("draft"),
  });
  deleted = await createCase(db, {
    country: "TJ",
    fullName: `Deleted ${CANARY}`,
    sourceId: await canarySource("deleted"),
  });
  const quotedByDraft = await canarySource("quoted");
  await db.$transaction([
    db.case.update({
      where: { id: draft.caseId },
      data: { sentence: `${CANARY}-sentence`, facility: `${CANARY}-facility`, summary: `${CANARY}-summary` },
    }),
    db.person.update({ where: { id: draft.personId }, data: { biography: `${CANARY}-biography` } }),
    db.demand.create({
      data: {
        kind: "RELEASE",
        description: `${CANARY}-demand`,
        targetAuthority: `${CANARY}-target`,
        caseId: draft.caseId,
        countryCode: "TJ",
      },
    }),
    db.charge.create({
      data: { countryCode: "TJ", description: `${CANARY}-charge`, cases: { create: { caseId: draft.caseId } } },
    }),
    db.statusEvent.updateMany({ where: { caseId: draft.caseId }, data: { note: `${CANARY}-note` } }),
    db.citation.create({
      data: {
        sourceId: "src-samarkand-ngo-statement",
        quote: `${CANARY}-quote`,
        claim: "status",
        caseId: draft.caseId,
      },
    }),
    db.citation.create({
      data: {
        sourceId: "src-samarkand-ngo-statement",
        quotedSourceId: quotedByDraft,
        quote: `${CANARY}-quoting`,
        claim: "status",
        caseId: draft.caseId,
      },
    }),
    db.case.update({
      where: { id: deleted.caseId },
      data: { deletedAt: new Date(), summary: `${CANARY}-deleted-summary` },
    }),
    db.statusEvent.updateMany({ where: { caseId: deleted.caseId }, data: { note: `${CANARY}-deleted-note` } }),
    db.citation.create({
      data: {
        sourceId: "src-samarkand-ngo-statement",
        quote: `${CANARY}-deleted-quote`,
        claim: "status",
        caseId: deleted.caseId,
      },
    }),
  ]);
  // Two cases that leave the site by the real paths: an admin's takedown, and an unpublication a second editor approves.
  takenDown = await createCase(db, {
    country: "TJ",
    fullName: `Taken down ${CANARY}`,
    sourceId: await canarySource("taken-down"),
  });
  unpublished = await createCase(db, {
    country: "TJ",
    fullName: `Unpublished ${CANARY}`,
    sourceId: await canarySource("unpublished"),
  });
  for (const [c, label] of [
    [takenDown, "taken-down"],
    [unpublished, "unpublished"],
  ] as const) {
    await db.case.update({
      where: { id: c.caseId },
      data: { summary: `${CANARY}-${label}-summary`, facility: `${CANARY}-${label}-facility` },
    });
    await db.statusEvent.updateMany({ where: { caseId: c.caseId }, data: { note: `${CANARY}-${label}-note` } });
  }
  // Each hidden case states a fact, cited to a source that only that fact cites.
  for (const [c, label] of [
    [draft, "draft"],
    [deleted, "deleted"],
    [takenDown, "taken-down"],
    [unpublished, "unpublished"],
  ] as const) {
    const sourceId = await canarySource(`${label}-fact`);
    await db.caseFact.create({
      data: {
        caseId: c.caseId,
        sequence: 1,
        text: `${CANARY}-${label}-fact`,
        citations: { create: { sourceId, quote: `${CANARY}-${label}-fact-quote`, claim: "fact" } },
      },
    });
  }
  const [admin, editorA, editorB] = [
    await createTestUser(db, { role: "ADMIN", totp: true }),
    await createTestUser(db),
    await createTestUser(db),
  ];
  const fourEyesBefore = await db.setting.findUnique({ where: { key: FOUR_EYES_KEY } });
  actAs(admin);
  await takeDownCase({ caseId: takenDown.caseId, reason: `${CANARY}-takedown-reason` });
  await setFourEyes({ enabled: true });
  actAs(editorA);
  await deleteCase({ caseId: unpublished.caseId, reason: `${CANARY}-unpublish-reason` });
  const change = await db.changeRequest.findFirstOrThrow({
    where: { caseId: unpublished.caseId, kind: "UNPUBLISH_CASE", state: "PENDING" },
  });
  actAs(editorB);
  expect((await approveChange(db, change.id)).state).toBe("APPROVED");
  // The shared database keeps the four-eyes setting as this file found it; every output below is read anonymously.
  if (fourEyesBefore)
    await db.setting.update({ where: { key: FOUR_EYES_KEY }, data: { value: fourEyesBefore.value as boolean } });
  else await db.setting.delete({ where: { key: FOUR_EYES_KEY } });
  actAs(null);
});
afterAll(async () => {
  await deleteTestCase(db, holder);
  await deleteTestCase(db, draft);
  await deleteTestCase(db, deleted);
  await deleteTestCase(db, takenDown);
  await deleteTestCase(db, unpublished);
  await db.source.deleteMany({ where: { id: { in: canarySources } } });
  await db.$disconnect();
});

const OUTPUTS: [string, Handler, string, object?][] = [
  ["briefing PDF (en)", briefing as Handler, "/api/briefings/TJ?format=pdf&locale=en", { code: "TJ" }],
  ["briefing PDF (ru)", briefing as Handler, "/api/briefings/TJ?format=pdf&locale=ru", { code: "TJ" }],
  ["briefing DOCX", briefing as Handler, "/api/briefings/TJ?format=docx", { code: "TJ" }],
  ["briefing Markdown", briefing as Handler, "/api/briefings/TJ?format=md", { code: "TJ" }],
  [
    "briefing Markdown, as of a date",
    briefing as Handler,
    "/api/briefings/TJ?format=md&asOf=2025-06-01",
    { code: "TJ" },
  ],
  ["case sheet PDF", caseSheet as Handler, "/api/cases/SLUG/sheet", {}],
  ["CSV export", exportCases as Handler, "/api/exports/cases?format=csv"],
  ["CSV export, Tajikistan", exportCases as Handler, "/api/exports/cases?format=csv&country=TJ"],
  ["JSON export", exportCases as Handler, "/api/exports/cases?format=json"],
  ["API cases", apiCases as Handler, "/api/v1/cases?limit=100"],
  ["API case", apiCase as Handler, "/api/v1/cases/SLUG", {}],
  ["API countries", apiCountries as Handler, "/api/v1/countries"],
  ["API sources", apiSources as Handler, "/api/v1/sources?limit=100"],
  ["API demands", apiDemands as Handler, "/api/v1/demands?limit=100"],
  ["API laws", apiLaws as Handler, "/api/v1/laws?limit=100"],
  ["OpenAPI", openapi as Handler, "/api/v1/openapi.json"],
  ["exchange file", exchange as Handler, "/api/v1/exchange"],
  ["exchange file, Tajikistan", exchange as Handler, "/api/v1/exchange?country=TJ"],
  ["exchange JSON Schema", exchangeSchema as Handler, "/api/v1/exchange.schema.json"],
  ["site feed", feeds as Handler, "/api/feeds?scope=site"],
  ["country feed", feeds as Handler, "/api/feeds?country=TJ"],
  ["case feed", feeds as Handler, "/api/feeds?case=SLUG"],
  // The search box's suggestions: the hidden cases' people are all named after the canary.
  ["search suggestions, by the canary", search as Handler, `/api/search?q=${CANARY}&limit=50`],
  ["search suggestions, by hidden names", search as Handler, "/api/search?q=Draft&limit=50"],
  ["search suggestions, by the country's people", search as Handler, "/api/search?q=Canary&limit=50"],
];

describe("canary", () => {
  it("is planted in every confidential column, the same list the database client omits", async () => {
    const row = await db.case.findUniqueOrThrow({ where: { id: holder.caseId }, omit: WITH_CONFIDENTIAL_CASE });
    for (const column of CONFIDENTIAL_CASE_COLUMNS) expect(row[column], column).toContain(CANARY);
    const plain = await db.case.findUniqueOrThrow({ where: { id: holder.caseId } });
    for (const column of CONFIDENTIAL_CASE_COLUMNS) expect(plain, column).not.toHaveProperty(column);
  });

  it("appears in no export, API response or feed", async () => {
    for (const [label, handler, path, params] of OUTPUTS) {
      const slugged = path.replace("SLUG", holder.slug);
      const { status, text } = await fetchText(
        handler,
        slugged,
        params && "code" in params ? params : { slug: holder.slug },
      );
      expect(status, label).toBe(200);
      expect(text.length, label).toBeGreaterThan(0);
      expect(text.includes(CANARY), label).toBe(false);
    }
  });

  it("finds the published holder in the same outputs, so the check looks at real content", async () => {
    const { text } = await fetchText(briefing as Handler, "/api/briefings/TJ?format=pdf", { code: "TJ" });
    expect(text).toContain("Canary Holder");
    const exchangeFile = await fetchText(exchange as Handler, "/api/v1/exchange?country=TJ");
    expect(exchangeFile.text).toContain("Canary Holder");
    const csv = await fetchText(exportCases as Handler, "/api/exports/cases?format=csv&country=TJ");
    expect(csv.text).toContain("Canary Holder");
  });

  it("answers 404 for the draft, the deleted, the taken-down and the unpublished case in the API, the case sheet and the case feed", async () => {
    for (const { slug } of [draft, deleted, takenDown, unpublished]) {
      for (const [handler, path] of [
        [apiCase, `/api/v1/cases/${slug}`],
        [caseSheet, `/api/cases/${slug}/sheet`],
        [feeds, `/api/feeds?case=${slug}`],
      ] as const) {
        const { status, text } = await fetchText(handler as Handler, path, { slug });
        expect(status, path).toBe(404);
        expect(text.includes(CANARY), path).toBe(false);
      }
    }
  });

  it("appears in no letter pack, and a hidden case held at the same place has none", async () => {
    const place = await createPlace(db, { letterNeedsBirthYear: true });
    const all = [holder, draft, deleted, takenDown, unpublished];
    try {
      // The holder's stay is public; a hidden case's stay is not, so its note carries the canary.
      await addStay(db, holder.caseId, place.id);
      for (const c of all.slice(1)) {
        const { id } = await addStay(db, c.caseId, place.id);
        await db.placeStay.update({ where: { id }, data: { note: `${CANARY}-stay-note` } });
      }
      invalidatePublicRecords();
      for (const locale of ["en", "ru"]) {
        const path = `/api/cases/${holder.slug}/letter-pack?locale=${locale}`;
        const { status, text } = await fetchText(letterPack as Handler, path, { slug: holder.slug });
        expect(status, path).toBe(200);
        expect(text, path).toContain("Canary Holder");
        expect(text.includes(CANARY), path).toBe(false);
      }
      for (const { slug } of [draft, deleted, takenDown, unpublished]) {
        const path = `/api/cases/${slug}/letter-pack`;
        const { status, text } = await fetchText(letterPack as Handler, path, { slug });
        expect(status, path).toBe(404);
        expect(text.includes(CANARY), path).toBe(false);
      }
    } finally {
      await deletePlaces(
        db,
        all.map((c) => c.caseId),
        [place.id],
      );
      invalidatePublicRecords();
    }
  });

  it("refuses the staff-only WGAD draft to anonymous visitors, and leaves confidential fields out unless ticked", async () => {
    for (const c of [holder, draft, deleted, takenDown, unpublished]) {
      const path = `/api/wgad/${c.caseId}?include=contact,family,notes,risk`;
      const { status, text } = await fetchText(wgadDraft as Handler, path, { caseId: c.caseId });
      expect(status, path).toBe(401);
      expect(text.includes(CANARY), path).toBe(false);
    }
    // Staff may read the holder's draft: its public facts carry no canary, its confidential fields all do.
    actAs(await createTestUser(db));
    try {
      const plain = await fetchText(wgadDraft as Handler, `/api/wgad/${holder.caseId}`, { caseId: holder.caseId });
      expect(plain.status).toBe(200);
      expect(plain.text).toContain("Canary Holder");
      expect(plain.text.includes(CANARY)).toBe(false);
    } finally {
      actAs(null);
    }
  });

  it("lists no hidden case in the sitemap and draws no share image of one", async () => {
    const index = await fetchText(sitemapIndex as Handler, "/sitemap.xml");
    expect(index.status).toBe(200);
    let sitemaps = "";
    for (const [, file] of index.text.matchAll(/<loc>[^<]*\/sitemaps\/([^<]+)<\/loc>/g)) {
      const part = await fetchText(sitemapFile as Handler, `/sitemaps/${file}`, { file });
      expect(part.status, file).toBe(200);
      sitemaps += part.text;
    }
    expect(sitemaps).toContain(`/en/cases/${holder.slug}`);
    expect(sitemaps).not.toContain(CANARY);
    for (const { slug } of [draft, deleted, takenDown, unpublished]) {
      expect(sitemaps, slug).not.toContain(slug);
      for (const locale of ["en", "ru"]) {
        const image = await CaseShareImage({ params: Promise.resolve({ locale, slug }) });
        expect(image.status, `${locale} ${slug}`).toBe(404);
        expect(await image.text()).not.toContain(CANARY);
      }
    }
    const image = await CaseShareImage({ params: Promise.resolve({ locale: "ru", slug: holder.slug }) });
    expect(image.headers.get("content-type")).toBe("image/png");
  });

  it("has no source page for a source that only a hidden case, or its fact, cites or quotes", async () => {
    // draft, deleted, quoted by the draft, taken down, unpublished, and one per hidden case's fact.
    expect(canarySources).toHaveLength(9);
    for (const id of canarySources) expect(await getSourcePage(id), id).toBeNull();
  });

  it("appears in no public page's data: the source the draft also cites, the country, the holder", async () => {
    const reads = {
      "statement's source page": await getSourcePage("src-samarkand-ngo-statement"),
      "country page": await getCountryPage("TJ"),
      "holder's page": await getPersonPage(holder.slug),
      "draft's page": await getPersonPage(draft.slug),
      "deleted case's page": await getPersonPage(deleted.slug),
      "taken-down case's page": await getPersonPage(takenDown.slug),
      "unpublished case's page": await getPersonPage(unpublished.slug),
      statistics: await getStatistics({ countryCode: "TJ" }),
      // What the search page and the /cases list show, with the same reads.
      "search page": [await searchPeople(CANARY, 50), await searchBiographies(CANARY)],
      "search page, by the holder's name": [await searchPeople("Canary", 50), await searchBiographies("Canary")],
      "cases list, the country": await listPublicCases(parseCaseListQuery({ country: "TJ" }).query),
      "cases list, by the canary": await listPublicCases(parseCaseListQuery({ q: CANARY }).query),
      "cases list, by the holder's name": await listPublicCases(
        parseCaseListQuery({ q: "Canary", country: "TJ" }).query,
      ),
      "statistics as of a date": await getStatistics({ countryCode: "TJ", asOf: new Date("2025-06-01T00:00:00Z") }),
    };
    for (const [label, read] of Object.entries(reads)) expect(JSON.stringify(read) ?? "", label).not.toContain(CANARY);
    expect(JSON.stringify(reads["holder's page"])).toContain("Canary Holder");
    expect(JSON.stringify(reads["search page, by the holder's name"])).toContain("Canary Holder");
    expect(JSON.stringify(reads["cases list, by the holder's name"])).toContain("Canary Holder");
  });

  it("shows no hidden case held in a place on the place page, the place index, the sitemap or the API", async () => {
    const place = await createPlace(db, { country: "TJ", name: "Canary Colony" });
    const stayOnly = await db.source.create({ data: { title: `${CANARY}-stay-source`, kind: "NEWS_ARTICLE" } });
    const hidden = [draft, deleted, takenDown, unpublished];
    try {
      for (const c of [holder, ...hidden]) await addStay(db, c.caseId, place.id);
      // Each hidden case's stay is noted and cited with the canary, to a source that only the stay cites.
      for (const c of hidden) {
        const stay = await db.placeStay.findFirstOrThrow({ where: { caseId: c.caseId } });
        await db.placeStay.update({ where: { id: stay.id }, data: { note: `${CANARY}-stay-note` } });
        await db.citation.create({
          data: { sourceId: stayOnly.id, quote: `${CANARY}-stay-quote`, claim: "stay", placeStayId: stay.id },
        });
      }
      // The sitemap reads through the public cache, which the earlier sitemap test filled before the place existed.
      invalidatePublicRecords();
      const page = (await getPlacePage(place.slug))!;
      expect(page.currentCases.map((c) => c.person.fullName)).toEqual(["Canary Holder"]);
      // No count betrays a hidden case: one held now, none before.
      expect([page.currentTotal, page.previousTotal]).toEqual([1, 0]);
      expect(JSON.stringify(page)).not.toContain(CANARY);
      expect(JSON.stringify(await listPlaces())).not.toContain(CANARY);
      expect(await getSourcePage(stayOnly.id)).toBeNull();
      const pages = await fetchText(sitemapFile as Handler, "/sitemaps/pages.xml", { file: "pages.xml" });
      expect(pages.text).toContain(`/en/places/${place.slug}`);
      expect(pages.text).not.toContain(CANARY);
      const holderApi = await fetchText(apiCase as Handler, `/api/v1/cases/${holder.slug}`, { slug: holder.slug });
      expect(JSON.parse(holderApi.text).currentPlace.name).toBe("Canary Colony");
      for (const [label, handler, path, params] of OUTPUTS) {
        const { text } = await fetchText(
          handler,
          path.replace("SLUG", holder.slug),
          params && "code" in params ? params : { slug: holder.slug },
        );
        expect(text.includes(CANARY), label).toBe(false);
      }
      const csv = await fetchText(exportCases as Handler, "/api/exports/cases?format=csv&country=TJ");
      expect(csv.text).toContain("Canary Colony");
      // The exchange file carries the holder's stay and the place it names, and none of the hidden cases' stays.
      const file = JSON.parse((await fetchText(exchange as Handler, "/api/v1/exchange?country=TJ")).text);
      const exported = file.cases.find((c: { url: string }) => c.url.endsWith(`/cases/${holder.slug}`));
      expect(exported.stays).toHaveLength(1);
      expect(file.places.map((p: { id: string; name: string }) => [p.id, p.name])).toContainEqual([
        place.id,
        "Canary Colony",
      ]);
      expect(exported.stays[0].place).toBe(place.id);
    } finally {
      await db.citation.deleteMany({ where: { OR: [{ sourceId: stayOnly.id }, { placeId: place.id }] } });
      await db.citation.deleteMany({ where: { placeStay: { placeId: place.id } } });
      await db.placeStay.deleteMany({ where: { placeId: place.id } });
      await db.place.delete({ where: { id: place.id } });
      await db.source.delete({ where: { id: stayOnly.id } });
    }
  });
});
