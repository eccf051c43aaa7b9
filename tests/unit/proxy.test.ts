// The proxy in front of every page: absolute URLs name the configured site whatever Host a request claims,
// and an address that asks for too many heavy pages gets a 429 with Retry-After.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { installLiveSessionCheck } from "@/lib/auth/live-session-check";
import { fromPeer } from "../support/peer-address";

const SECRET = vi.hoisted(() => "proxy-test-secret-0123456789abcdef0123");
vi.hoisted(() =>
  Object.assign(process.env, {
    SITE_URL: "https://habeas.example",
    RATE_LIMIT_HEAVY_PAGES: "2",
    NEXTAUTH_SECRET: SECRET,
  }),
);
const { default: proxy } = await import("@/proxy");

const HOSTILE = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(new URL(path, "http://evil.example"), {
    headers: { ...HOSTILE, ...fromPeer("198.51.100.7"), ...headers },
  });

describe("proxy", () => {
  it("builds the Link alternates from SITE_URL, not from Host or X-Forwarded-Host", async () => {
    const response = await proxy(request("/en/cases?country=KZ"));
    const link = response.headers.get("link")!;
    expect(link).toContain('<https://habeas.example/en/cases>; rel="alternate"; hreflang="en"');
    expect(link).toContain('<https://habeas.example/ru/cases>; rel="alternate"; hreflang="ru"');
    expect(link).not.toContain("evil");
  });

  it("redirects to a language on the site's own address", async () => {
    const response = await proxy(request("/cases", { "accept-language": "ru" }));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("https://habeas.example/ru/cases");
  });

  it("answers 429 with Retry-After once an address has had its printable briefings for the minute", async () => {
    const path = "/ru/countries/KZ/briefing";
    for (let i = 0; i < 2; i++) expect((await proxy(request(path))).status, `request ${i + 1}`).not.toBe(429);
    const refused = await proxy(request(path));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/^С вашего адреса запрошено слишком много/);
    // Another address, and the cheap pages, are not affected.
    expect((await proxy(request(path, fromPeer("198.51.100.8")))).status).not.toBe(429);
    expect((await proxy(request("/ru/statistics"))).status).not.toBe(429);
  });

  it("counts statistics only when they are rebuilt as of a date", async () => {
    const dated = (n: number) => request(`/en/statistics?asOf=2020-01-0${n}`, fromPeer("198.51.100.9"));
    expect((await proxy(dated(1))).status).not.toBe(429);
    expect((await proxy(dated(2))).status).not.toBe(429);
    const refused = await proxy(dated(3));
    expect(refused.status).toBe(429);
    expect(await refused.text()).toMatch(/^Too many printable briefings or dated statistics/);
  });

  it("counts a heavy page whose path is percent-encoded, as Next routes it", async () => {
    const peer = fromPeer("198.51.100.10");
    for (const path of ["/en/statistic%73?asOf=2020-01-01", "/en/%73tatistics?asOf=2020-01-02"])
      expect((await proxy(request(path, peer))).status, path).not.toBe(429);
    expect((await proxy(request("/en/countries/KZ/briefin%67", peer))).status).toBe(429);
  });

  it("exempts only a live staff session: a signed cookie that was signed out is limited like a visitor", async () => {
    const cookie = `__Secure-next-auth.session-token=${await encode({ token: { sub: "user-1", sv: 3 }, secret: SECRET })}`;
    const asked: unknown[] = [];
    installLiveSessionCheck(async (userId, version) => {
      asked.push([userId, version]);
      return version === 4;
    });
    const signedOut = (n: number) =>
      request(`/en/statistics?asOf=2021-01-0${n}`, { ...fromPeer("198.51.100.11"), cookie });
    expect((await proxy(signedOut(1))).status).not.toBe(429);
    expect((await proxy(signedOut(2))).status).not.toBe(429);
    expect((await proxy(signedOut(3))).status).toBe(429);
    expect(asked[0]).toEqual(["user-1", 3]);
    installLiveSessionCheck(async () => true);
    expect((await proxy(signedOut(4))).status).not.toBe(429);
  });
});
