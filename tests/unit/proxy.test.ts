// The proxy in front of every page: absolute URLs name the configured site whatever Host a request claims,
// and an address that asks for too many heavy pages gets a 429 with Retry-After.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { fromPeer } from "../support/peer-address";

vi.hoisted(() => Object.assign(process.env, { SITE_URL: "https://habeas.example", RATE_LIMIT_HEAVY_PAGES: "2" }));
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
});
