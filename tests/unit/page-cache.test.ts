// The whole-page cache in front of Next, on a real HTTP server with a stand-in renderer that counts renders.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { sessionCookieToken } from "@/lib/auth/session-cookie-token";
import { createPageCache } from "@/lib/http/page-cache";
import { projectRoot } from "@/lib/db/paths";
import { publicPagePaths, publicSections } from "@/lib/http/public-page-paths";

const PUBLIC_PAGE_PATHS = publicPagePaths(publicSections(projectRoot));
const SECRET = "page-cache-test-secret-0123456789abcdef";
const signedCookie = async (name = "next-auth.session-token") =>
  `${name}=${await encode({ token: { sub: "user-1", sv: 0 }, secret: SECRET })}`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Reply = { status?: number; cookie?: string; type?: string };

async function start(reply: (url: string) => Reply = () => ({})) {
  let generation = 0;
  let renders = 0;
  const cache = createPageCache({
    maxEntries: 10,
    maxAgeMs: 60_000,
    generation: () => generation,
    publicPaths: PUBLIC_PAGE_PATHS,
    isSignedIn: async (req) =>
      (await sessionCookieToken(req.headers.cookie, { secret: SECRET, secure: false })) !== null,
  });
  server = createServer((req, res) =>
    cache.handle(req, res, async () => {
      renders++;
      const { status = 200, cookie, type = "text/html; charset=utf-8" } = reply(req.url!);
      res.statusCode = status;
      res.setHeader("content-type", type);
      if (cookie) res.setHeader("set-cookie", [cookie]);
      res.write(`<p>render ${renders} of ${req.url}`);
      res.end("</p>");
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { headers });
    return {
      body: await response.text(),
      hit: response.headers.get("x-habeas-cache") === "hit",
      status: response.status,
    };
  };
  return { get, renders: () => renders, advance: () => generation++ };
}

describe("page cache", () => {
  it("renders a public page once and sends the same bytes again until the generation moves on", async () => {
    const app = await start();
    expect(await app.get("/en/cases?country=KZ")).toEqual({
      body: "<p>render 1 of /en/cases?country=KZ</p>",
      hit: false,
      status: 200,
    });
    expect(await app.get("/en/cases?country=KZ")).toEqual({
      body: "<p>render 1 of /en/cases?country=KZ</p>",
      hit: true,
      status: 200,
    });
    expect((await app.get("/en/cases?country=KG")).hit).toBe(false);
    app.advance();
    expect(await app.get("/en/cases?country=KZ")).toEqual({
      body: "<p>render 3 of /en/cases?country=KZ</p>",
      hit: false,
      status: 200,
    });
  });

  it("caches every public section in every language, and nothing else", async () => {
    const app = await start();
    for (const path of [
      "/en",
      "/ru/",
      "/en/cases/marat-zhylanbayev",
      "/ru/countries/TJ/briefing",
      "/en/search?q=x",
      "/en/statistics",
      "/en/sources/src-1",
    ]) {
      await app.get(path);
      expect((await app.get(path)).hit, path).toBe(true);
    }
    for (const path of [
      "/en/dashboard",
      "/en/dashboard/cases",
      "/en/sign-in",
      "/ru/invite/abc",
      "/api/v1/cases",
      "/",
      "/en/casesx",
    ]) {
      await app.get(path);
      expect((await app.get(path)).hit, path).toBe(false);
    }
  });

  it("never serves signed-in staff, client navigations or prefetches from the cache", async () => {
    const app = await start();
    await app.get("/en/cases");
    expect((await app.get("/en/cases")).hit).toBe(true);
    expect((await app.get("/en/cases", { cookie: await signedCookie() })).hit).toBe(false);
    expect((await app.get("/en/cases", { cookie: `NEXT_LOCALE=en; ${await signedCookie()}` })).hit).toBe(false);
    expect((await app.get("/en/cases", { rsc: "1" })).hit).toBe(false);
    expect((await app.get("/en/cases", { "next-router-prefetch": "1" })).hit).toBe(false);
  });

  it("serves a made-up session cookie from the cache: only a cookie this server signed skips it", async () => {
    const app = await start();
    await app.get("/en/cases");
    for (const cookie of [
      "next-auth.session-token=x",
      "__Secure-next-auth.session-token=x",
      "next-auth.session-token.0=x; next-auth.session-token.1=y",
      await signedCookie("__Secure-next-auth.session-token"),
      `next-auth.session-token=${await encode({ token: { sub: "user-1" }, secret: "another-secret-0123456789abcdef" })}`,
    ]) {
      expect((await app.get("/en/cases", { cookie })).hit, cookie).toBe(true);
    }
    expect(app.renders()).toBe(1);
  });

  it("keeps only whole successful HTML pages whose one cookie is their language", async () => {
    const replies: Record<string, Reply> = {
      "/en/cases/gone": { status: 404 },
      "/en/cases/session": { cookie: "next-auth.csrf-token=secret" },
      "/en/cases/json": { type: "application/json" },
      "/en/cases/locale": { cookie: "NEXT_LOCALE=en; Path=/" },
    };
    const app = await start((url) => replies[url] ?? {});
    for (const path of ["/en/cases/gone", "/en/cases/session", "/en/cases/json"]) {
      await app.get(path);
      expect((await app.get(path)).hit, path).toBe(false);
    }
    await app.get("/en/cases/locale");
    expect((await app.get("/en/cases/locale")).hit).toBe(true);
  });

  it("keeps compressed and plain answers apart", async () => {
    const app = await start();
    await app.get("/en/cases", { "accept-encoding": "gzip" });
    expect((await app.get("/en/cases", { "accept-encoding": "identity" })).hit).toBe(false);
    expect((await app.get("/en/cases", { "accept-encoding": "gzip, br" })).hit).toBe(true);
  });
});

describe("public page paths", () => {
  it("are read from the (public) route group, so a new public page is cached and staff pages never are", () => {
    expect(publicSections(projectRoot).sort()).toEqual([
      "about",
      "api-docs",
      "cases",
      "countries",
      "places",
      "search",
      "sources",
      "statistics",
    ]);
    for (const url of [
      "/en",
      "/ru/",
      "/en/cases",
      "/ru/cases/some-one",
      "/en/countries/KG/briefing",
      "/en/sources/s1",
      "/en/statistics",
      "/ru/about",
      "/en/places",
      "/ru/places/ik-3",
    ]) {
      expect(PUBLIC_PAGE_PATHS.test(url), url).toBe(true);
    }
    for (const url of [
      "/en/dashboard",
      "/en/sign-in",
      "/en/invite/t",
      "/en/reset/t",
      "/api/v1/cases",
      "/fr/cases",
      "/en/casesx",
    ]) {
      expect(PUBLIC_PAGE_PATHS.test(url), url).toBe(false);
    }
  });
});
