// Nothing private leaks: a canary string in every confidential field and all over a draft case must never
// appear in any export format, API endpoint or feed. PDF and DOCX are checked through their extracted text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as briefing } from "@/app/api/briefings/[code]/route";
import { GET as caseSheet } from "@/app/api/cases/[slug]/sheet/route";
import { GET as exportCases } from "@/app/api/exports/cases/route";
import { GET as feeds } from "@/app/api/feeds/route";
import { GET as apiCase } from "@/app/api/v1/cases/[slug]/route";
import { GET as apiCases } from "@/app/api/v1/cases/route";
import { GET as apiCountries } from "@/app/api/v1/countries/route";
import { GET as apiDemands } from "@/app/api/v1/demands/route";
import { GET as apiLaws } from "@/app/api/v1/laws/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as apiSources } from "@/app/api/v1/sources/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { createCase, deleteTestCase } from "../factories/cases";
import { docxParts, pdfText, wordText } from "../support/read-documents";

const db = createPrismaClient(databaseTarget());
const CANARY = "CANARY7Q4Z";
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response> | Response;
let holder: Awaited<ReturnType<typeof createCase>>;
let draft: Awaited<ReturnType<typeof createCase>>;

async function fetchText(handler: Handler, path: string, params: object = {}): Promise<{ status: number; text: string }> {
  const response = await handler(new Request(`http://habeas.test${path}`), { params: Promise.resolve(params as never) });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("pdf")) return { status: response.status, text: await pdfText(bytes) };
  if (type.includes("wordprocessingml")) return { status: response.status, text: Object.values(docxParts(bytes)).map(wordText).join(" ") };
  return { status: response.status, text: new TextDecoder().decode(bytes) };
}

beforeAll(async () => {
  holder = await createCase(db, { country: "TJ", fullName: "Canary Holder", confidential: `${CANARY}-confidential` });
  draft = await createCase(db, { country: "TJ", visibility: "DRAFT", fullName: `Draft ${CANARY}` });
  await db.$transaction([
    db.case.update({ where: { id: draft.caseId }, data: { sentence: `${CANARY}-sentence`, facility: `${CANARY}-facility`, summary: `${CANARY}-summary` } }),
    db.person.update({ where: { id: draft.personId }, data: { biography: `${CANARY}-biography` } }),
    db.demand.create({ data: { kind: "RELEASE", description: `${CANARY}-demand`, targetAuthority: `${CANARY}-target`, caseId: draft.caseId, countryCode: "TJ" } }),
    db.charge.create({ data: { countryCode: "TJ", description: `${CANARY}-charge`, cases: { create: { caseId: draft.caseId } } } }),
    db.statusEvent.updateMany({ where: { caseId: draft.caseId }, data: { note: `${CANARY}-note` } }),
    db.citation.create({ data: { sourceId: "src-samarkand-ngo-statement", quote: `${CANARY}-quote`, claim: "status", caseId: draft.caseId } }),
  ]);
});
afterAll(async () => {
  await deleteTestCase(db, holder);
  await deleteTestCase(db, draft);
  await db.$disconnect();
});

const OUTPUTS: [string, Handler, string, object?][] = [
  ["briefing PDF (en)", briefing as Handler, "/api/briefings/TJ?format=pdf&locale=en", { code: "TJ" }],
  ["briefing PDF (ru)", briefing as Handler, "/api/briefings/TJ?format=pdf&locale=ru", { code: "TJ" }],
  ["briefing DOCX", briefing as Handler, "/api/briefings/TJ?format=docx", { code: "TJ" }],
  ["briefing Markdown", briefing as Handler, "/api/briefings/TJ?format=md", { code: "TJ" }],
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
  ["site feed", feeds as Handler, "/api/feeds?scope=site"],
  ["country feed", feeds as Handler, "/api/feeds?country=TJ"],
  ["case feed", feeds as Handler, "/api/feeds?case=SLUG"],
];

describe("canary", () => {
  it("appears in no export, API response or feed", async () => {
    for (const [label, handler, path, params] of OUTPUTS) {
      const slugged = path.replace("SLUG", holder.slug);
      const { status, text } = await fetchText(handler, slugged, params && "code" in params ? params : { slug: holder.slug });
      expect(status, label).toBe(200);
      expect(text.length, label).toBeGreaterThan(0);
      expect(text.includes(CANARY), label).toBe(false);
    }
  });

  it("finds the published holder in the same outputs, so the check looks at real content", async () => {
    const { text } = await fetchText(briefing as Handler, "/api/briefings/TJ?format=pdf", { code: "TJ" });
    expect(text).toContain("Canary Holder");
    const csv = await fetchText(exportCases as Handler, "/api/exports/cases?format=csv&country=TJ");
    expect(csv.text).toContain("Canary Holder");
  });

  it("answers 404 for the draft in the API, the case sheet and the case feed", async () => {
    for (const [handler, path] of [[apiCase, `/api/v1/cases/${draft.slug}`], [caseSheet, `/api/cases/${draft.slug}/sheet`], [feeds, `/api/feeds?case=${draft.slug}`]] as const) {
      const { status, text } = await fetchText(handler as Handler, path, { slug: draft.slug });
      expect(status, path).toBe(404);
      expect(text.includes(CANARY), path).toBe(false);
    }
  });
});
