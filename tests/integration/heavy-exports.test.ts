// Anonymous downloads: they write no audit row, and one address gets only so many briefings (every format: each
// runs the same uncached query) and case sheets a minute (429 with Retry-After), while other addresses and
// signed-in staff are not held back.
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET as briefing } from "@/app/api/briefings/[code]/route";
import { GET as caseSheet } from "@/app/api/cases/[slug]/sheet/route";
import { GET as exportCases } from "@/app/api/exports/cases/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { actAs } from "../support/act-as";
import { createTestUser } from "../factories/users";
import { fromPeer } from "../support/peer-address";

vi.hoisted(() => Object.assign(process.env, { RATE_LIMIT_DOWNLOADS: "2" }));

const db = createPrismaClient(databaseTarget());
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
const get = (handler: Handler, path: string, params: object, address: string) =>
  handler(new Request(`http://habeas.test${path}`, { headers: fromPeer(address) }), {
    params: Promise.resolve(params as never),
  });
const exportRows = () => db.auditLog.count({ where: { action: "EXPORT_GENERATED" } });

afterAll(async () => {
  actAs(null);
  await db.$disconnect();
});

describe("anonymous exports", () => {
  it("write no audit row; a signed-in editor's export still does", async () => {
    actAs(null);
    const before = await exportRows();
    expect((await get(exportCases as Handler, "/api/exports/cases?format=csv", {}, "192.0.2.1")).status).toBe(200);
    expect((await get(briefing as Handler, "/api/briefings/KG?format=md", { code: "KG" }, "192.0.2.1")).status).toBe(
      200,
    );
    expect(await exportRows()).toBe(before);

    const editor = await createTestUser(db);
    actAs(editor);
    expect((await get(briefing as Handler, "/api/briefings/KG?format=md", { code: "KG" }, "192.0.2.1")).status).toBe(
      200,
    );
    expect(await exportRows()).toBe(before + 1);
    actAs(null);
  });

  it("answer 429 with Retry-After after two PDFs or DOCX files a minute from one address", async () => {
    actAs(null);
    const address = "192.0.2.10";
    expect((await get(briefing as Handler, "/api/briefings/KG?format=pdf", { code: "KG" }, address)).status).toBe(200);
    expect(
      (await get(caseSheet as Handler, "/api/cases/azamat-ishenbekov/sheet", { slug: "azamat-ishenbekov" }, address))
        .status,
    ).toBe(200);
    const refused = await get(briefing as Handler, "/api/briefings/KG?format=docx", { code: "KG" }, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await refused.json()).error).toEqual({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/^Too many documents requested from your address\. Try again in \d+ seconds\.$/),
    });
    expect(
      (await get(caseSheet as Handler, "/api/cases/azamat-ishenbekov/sheet", { slug: "azamat-ishenbekov" }, address))
        .status,
    ).toBe(429);

    // Another address and signed-in staff go on.
    expect((await get(briefing as Handler, "/api/briefings/KG?format=pdf", { code: "KG" }, "192.0.2.11")).status).toBe(
      200,
    );
    actAs(await createTestUser(db));
    expect((await get(briefing as Handler, "/api/briefings/KG?format=pdf", { code: "KG" }, address)).status).toBe(200);
    actAs(null);
  });

  it("count Markdown briefings too, as of any date and however many cases", async () => {
    actAs(null);
    const address = "192.0.2.20";
    const heavy = "/api/briefings/KG?format=md&asOf=2024-01-01&limit=10000";
    for (let i = 0; i < 2; i++)
      expect((await get(briefing as Handler, heavy, { code: "KG" }, address)).status, `request ${i + 1}`).toBe(200);
    expect((await get(briefing as Handler, heavy, { code: "KG" }, address)).status).toBe(429);
    expect((await get(briefing as Handler, "/api/briefings/KG?format=md", { code: "KG" }, address)).status).toBe(429);
  });
});
