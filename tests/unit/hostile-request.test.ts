// The front door's refusals, the sign-in endpoints' body check and their redirect rule, on the inputs the
// fuzzing found answered with a 500.
import { describe, expect, it } from "vitest";
import { safeRedirect } from "@/lib/auth/safe-redirect";
import { queryObject } from "@/lib/http/query-object";
import { ZApiCaseQuery } from "@/lib/api-contract/v1/schemas";
import { refusalOf } from "@/lib/http/refuse-hostile-request";
import { logError } from "@/lib/log/log-error";
import { NextRequest } from "next/server";
import { refuseMalformedAuthRequest } from "@/lib/http/refuse-malformed-auth-request";

describe("refusalOf", () => {
  it.each([
    ["TRACE", "/en", 405],
    ["TRACK", "/en", 405],
    ["PROPFIND", "/en/cases", 405],
    ["GET", "*", 400],
    ["GET", "http://evil.example/en", 400],
    ["GET", "/%", 400],
    ["GET", "/en/%E0%A4%A", 400],
    ["GET", "/en/cases/%C0%AF", 400],
    ["GET", "/api/v1/cases/a%00b", 400],
    ["GET", "/en/search?q=x%00", 400],
    ["GET", "/api/exports/cases?q=%00", 400],
    ["GET", "/en/cases?%00=1", 400],
  ])("%s %s is a %i", (method, url, status) => {
    expect(refusalOf({ method, url })?.status).toBe(status);
  });

  it.each([
    ["GET", "/en/cases?q=%25%25&country=KZ"],
    ["GET", "/en/cases?q=%zz"],
    ["GET", "/api/search?q=%D0%B0%D0%B1"],
    ["HEAD", "/en"],
    ["POST", "/api/auth/callback/credentials"],
    ["OPTIONS", "/api/v1/cases"],
    ["GET", "/en/search?q=%2500"],
  ])("lets %s %s through", (method, url) => {
    expect(refusalOf({ method, url })).toBeNull();
  });
});

describe("safeRedirect", () => {
  const baseUrl = "https://habeas.example";
  it.each([
    ["/en/dashboard", "https://habeas.example/en/dashboard"],
    ["https://habeas.example/ru", "https://habeas.example/ru"],
    ["https://evil.example/", baseUrl],
    ["//evil.example/x", baseUrl],
    ["%%%", "https://habeas.example/%%%"],
    ["http://[::1", baseUrl],
    ["javascript:alert(1)", baseUrl],
    [{ toString: (): string => "/x" }, baseUrl],
    [undefined, baseUrl],
  ])("sends %j to %s", (url, expected) => {
    expect(safeRedirect({ url, baseUrl })).toBe(expected);
  });
});

describe("refuseMalformedAuthRequest", () => {
  const post = (type: string, body: string) =>
    new NextRequest("http://localhost/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": type },
      body,
    });
  const get = (url: string, cookie = "") =>
    new NextRequest(`http://localhost${url}`, { headers: cookie ? { cookie } : {} });

  it("refuses an error code Auth.js would copy into a header it cannot send, and lets its own codes through", async () => {
    // Found by the fuzz test: non-ASCII in `error` made /api/auth/error answer 500.
    expect(
      (await refuseMalformedAuthRequest(get(`/api/auth/error?error=${encodeURIComponent("\u{10c5da}x")}`)))?.status,
    ).toBe(400);
    expect(await refuseMalformedAuthRequest(get("/api/auth/error?error=CredentialsSignin"))).toBeNull();
    expect(await refuseMalformedAuthRequest(get("/api/auth/error"))).toBeNull();
  });

  it.each([
    ["application/json", "{not json"],
    ["application/json", "[1,2]"],
    ["application/json", "null"],
    ["application/json", '{"email":{"$ne":null}}'],
    ["application/json", '{"email":"a\\u0000b"}'],
    ["application/x-www-form-urlencoded", "email=a%00b&password=x"],
  ])("refuses %s %j with a 400", async (type, body) => {
    expect((await refuseMalformedAuthRequest(post(type, body)))?.status).toBe(400);
  });

  it.each([
    ["/api/auth/signin?callbackUrl=%25%25%25", ""],
    ["/api/auth/signin?callbackUrl=%EA%AB%80", ""],
    ["/api/auth/signin?callbackUrl=javascript:alert(1)", ""],
    ["/api/auth/signin", "next-auth.callback-url=+va"],
    ["/api/auth/session", "__Secure-next-auth.callback-url=::"],
  ])("refuses %s with cookie %j", async (url, cookie) => {
    expect((await refuseMalformedAuthRequest(get(url, cookie)))?.status).toBe(400);
  });

  it("answers a GET of the credentials callback, which Auth.js answers with a 500, with a 405", async () => {
    expect((await refuseMalformedAuthRequest(get("/api/auth/callback/credentials?q=zz")))?.status).toBe(405);
  });

  it("lets well-formed requests through, with the body still readable", async () => {
    const request = post(
      "application/x-www-form-urlencoded",
      "email=a%40example.org&password=x&csrfToken=t&callbackUrl=%2Fen%2Fdashboard",
    );
    expect(await refuseMalformedAuthRequest(request)).toBeNull();
    expect(await request.text()).toContain("csrfToken=t");
    expect(await refuseMalformedAuthRequest(get("/api/auth/session"))).toBeNull();
    expect(
      await refuseMalformedAuthRequest(
        get("/api/auth/signin?callbackUrl=%2Fen%2Fdashboard", "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000"),
      ),
    ).toBeNull();
  });
});

describe("logError", () => {
  it("escapes what a visitor sent, so it cannot forge a log line or drive a terminal", () => {
    const lines: string[] = [];
    const original = console.error;
    console.error = (line: string) => lines.push(line);
    try {
      logError(
        "Request failed: GET /x\r\nFAKE",
        new Error("bad input \u0000\n[next-auth] forged line \u001b[2J", { cause: new Error("\u2028inner") }),
      );
    } finally {
      console.error = original;
    }
    const [line] = lines;
    expect(line).toContain(
      "Request failed: GET /x\\u000d\\u000aFAKE: Error: bad input \\u0000\\u000a[next-auth] forged line \\u001b[2J",
    );
    expect(line).toContain("caused by Error: \\u2028inner");
    expect(line!.split("\n").every((l, i) => i === 0 || /^\s+(at |caused by )/.test(l))).toBe(true);
  });
});

describe("queryObject", () => {
  it("keeps a parameter named __proto__ as a plain key, so nothing inherited reaches the schema", () => {
    const query = queryObject(new URL("http://localhost/api/v1/cases?__proto__=a&__proto__=b&constructor=c&q=x"));
    expect(Object.getPrototypeOf(query)).toBeNull();
    expect((query as Record<string, unknown>).sort).toBeUndefined();
    expect(ZApiCaseQuery.parse(query)).toMatchObject({ q: "x" });
    expect(({} as Record<string, unknown>).sort).toBeUndefined();
  });
});
