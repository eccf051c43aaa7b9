// The public API: every endpoint's response validates against the generated OpenAPI document.
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { GET as getCase } from "@/app/api/v1/cases/[slug]/route";
import { GET as listCases } from "@/app/api/v1/cases/route";
import { GET as listCountries } from "@/app/api/v1/countries/route";
import { GET as listDemands } from "@/app/api/v1/demands/route";
import { GET as exchange } from "@/app/api/v1/exchange/route";
import { GET as exchangeSchema } from "@/app/api/v1/exchange.schema.json/route";
import { GET as listLaws } from "@/app/api/v1/laws/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as listSources } from "@/app/api/v1/sources/route";

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response> | Response;
const call = (handler: Handler, path: string, params: object = {}, headers: HeadersInit = {}) =>
  handler(new Request(`http://habeas.test${path}`, { headers }), { params: Promise.resolve(params as never) });

async function validator() {
  const doc = await (await call(openapi as Handler, "/api/v1/openapi.json")).json();
  const ajv = new Ajv2020({ strict: false });
  for (const [id, schema] of Object.entries(doc.components.schemas as Record<string, object>))
    ajv.addSchema(schema, `#/components/schemas/${id}`);
  return (path: string, status: string, body: unknown) => {
    const schema = doc.paths[path].get.responses[status].content["application/json"].schema;
    const validate = ajv.compile({ $ref: schema.$ref });
    const ok = validate(body);
    return ok ? [] : validate.errors;
  };
}

describe("public API", () => {
  it("serves an OpenAPI 3.1 document that names every endpoint", async () => {
    const doc = await (await call(openapi as Handler, "/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/cases",
      "/api/v1/cases/{slug}",
      "/api/v1/countries",
      "/api/v1/demands",
      "/api/v1/exchange",
      "/api/v1/exchange.schema.json",
      "/api/v1/laws",
      "/api/v1/sources",
    ]);
    expect(doc.paths["/api/v1/cases"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      "country",
      "status",
      "role",
      "q",
      "sort",
      "dir",
      "limit",
      "cursor",
    ]);
  });

  it("returns responses that match the document", async () => {
    const check = await validator();
    expect(check("/api/v1/cases", "200", { data: "not a list", total: 1 })).not.toEqual([]);
    const cases = await (await call(listCases as Handler, "/api/v1/cases?country=TJ&limit=5")).json();
    expect(check("/api/v1/cases", "200", cases)).toEqual([]);
    expect(cases.data).toHaveLength(5);
    expect(cases.total).toBe(12);
    const detail = await (
      await call(getCase as Handler, "/api/v1/cases/sabri-al-qurashi", { slug: "sabri-al-qurashi" })
    ).json();
    expect(check("/api/v1/cases/{slug}", "200", detail)).toEqual([]);
    expect(detail.statusSince).toEqual({ date: "2014", precision: "YEAR" });
    for (const [handler, path] of [
      [listCountries, "/api/v1/countries"],
      [listSources, "/api/v1/sources"],
      [listDemands, "/api/v1/demands"],
      [listLaws, "/api/v1/laws"],
    ] as const) {
      expect(check(path, "200", await (await call(handler as Handler, path)).json()), path).toEqual([]);
    }
    // The exchange file is streamed, so it is checked here in full against its component in the document.
    const file = await (await call(exchange as Handler, "/api/v1/exchange?country=TJ")).json();
    expect(check("/api/v1/exchange", "200", file)).toEqual([]);
    expect(file.cases).toHaveLength(12);
    const schema = await (await call(exchangeSchema as Handler, "/api/v1/exchange.schema.json")).json();
    expect(check("/api/v1/exchange.schema.json", "200", schema)).toEqual([]);
    expect(new Ajv2020({ strict: false }).validate(schema, file)).toBe(true);
    const unknownCountry = await call(exchange as Handler, "/api/v1/exchange?country=QQ");
    expect(unknownCountry.status).toBe(404);
    expect(check("/api/v1/exchange", "404", await unknownCountry.json())).toEqual([]);
    expect((await call(exchange as Handler, "/api/v1/exchange?country=Kazakhstan")).status).toBe(400);
    const missing = await call(getCase as Handler, "/api/v1/cases/nobody", { slug: "nobody" });
    expect(missing.status).toBe(404);
    expect(check("/api/v1/cases/{slug}", "404", await missing.json())).toEqual([]);
  });

  it("pages with cursors until every case has been seen once", async () => {
    const seen: string[] = [];
    let path = "/api/v1/cases?country=TJ&limit=5";
    for (;;) {
      const page = await (await call(listCases as Handler, path)).json();
      seen.push(...page.data.map((c: { slug: string }) => c.slug));
      if (!page.nextCursor) break;
      path = `/api/v1/cases?country=TJ&limit=5&cursor=${page.nextCursor}`;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it("answers bad parameters with 400 and the error shape, and supports ETags and CORS", async () => {
    for (const path of [
      "/api/v1/cases?status=NOPE",
      "/api/v1/cases?limit=1000",
      "/api/v1/cases?cursor=garbage",
      `/api/v1/cases?q=${"x".repeat(5000)}`,
    ]) {
      const response = await call(listCases as Handler, path);
      expect(response.status, path).toBe(400);
      expect(await response.json(), path).toMatchObject({
        error: { code: expect.any(String), message: expect.any(String) },
      });
    }
    const first = await call(listCountries as Handler, "/api/v1/countries");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/public/);
    const again = await call(
      listCountries as Handler,
      "/api/v1/countries",
      {},
      { "If-None-Match": first.headers.get("etag")! },
    );
    expect(again.status).toBe(304);
  });
});
