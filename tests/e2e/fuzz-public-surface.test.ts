// Property-based fuzzing of everything an anonymous visitor can reach, against the production server:
// pages with query strings, the public API, exports, feeds, search suggestions, sign-in, and raw request
// lines (any method, any percent-encoding). Whatever is sent, the answer is never a 5xx, and nothing the
// visitor typed reaches the server's log with its control characters intact.
//
// FUZZ_RUNS sets the inputs per family (1,000 by default; CI=true never runs fewer than 1,000).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useDedicatedServer } from "../support/dedicated-server";
import { rawRequest } from "../support/raw-http";

const requested = Number(process.env.FUZZ_RUNS) || 1000;
const RUNS = process.env.CI === "true" ? Math.max(1000, requested) : requested;
/** Requests in flight at once: enough to keep two cores busy, few enough not to time anything out. */
const BATCH = 8;

// Limits far above what the run sends: with the defaults, all but the first few briefings, documents and dated
// statistics pages would be 429s, and the heavy handlers behind them would never see the fuzzed input.
const server = useDedicatedServer("fuzz", { RATE_LIMIT_DOWNLOADS: "1000000", RATE_LIMIT_HEAVY_PAGES: "1000000" });

// --- What a hostile visitor types ---------------------------------------------------------------------

const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u001b[31mred",
  "line\r\nInjected: header",
  "__proto__",
  "constructor",
  "prototype",
  "%",
  "%%",
  "%zz",
  "%00",
  "%E0%A4%A",
  "%C0%AF",
  "%ED%A0%80",
  "%FF",
  "javascript:alert(1)",
  "data:text/html,x",
  "//evil.example",
  "http://evil.example/",
  "<script>alert(1)</script>",
  "]]>",
  "' OR 1=1 --",
  "\\",
  "../../etc/passwd",
  "KZ",
  "kz",
  "XX",
  "1",
  "-1",
  "0",
  "99999999999999999999",
  "1e309",
  "NaN",
  "Infinity",
  "2025-02-30",
  "2025-04",
  "0000-01-01",
  "9999-12-31",
  "true",
  "[]",
  "{}",
  "null",
  "undefined",
  "IMPRISONED",
  "RELEASED",
  "csv",
  "json",
  "md",
  "xml",
  "en",
  "ru",
  "zz",
  "x".repeat(3000),
  "😀",
  "\uFFFF",
  "\uD800",
];

/** Percent-encodes UTF-8 bytes, as a browser would; a lone surrogate goes as U+FFFD rather than throwing. */
const percentEncode = (value: string) =>
  [...Buffer.from(value, "utf8")]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");

const text = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
/** A piece of a URL as sent: properly encoded text, or raw characters with broken percent-escapes. */
const rawPiece = fc.stringMatching(/^[A-Za-z0-9%._~!$'()*,;:@+=&/-]{0,24}$/);
const urlPiece = fc.oneof({ weight: 3, arbitrary: text.map(percentEncode) }, { weight: 1, arbitrary: rawPiece });

const QUERY_KEYS = [
  "q",
  "country",
  "status",
  "role",
  "sort",
  "dir",
  "page",
  "size",
  "limit",
  "cursor",
  "locale",
  "asOf",
  "format",
  "bom",
  "scope",
  "case",
  "callbackUrl",
  "error",
  "csrf",
  "__proto__",
  "constructor",
  "__proto__[q]",
  "q[]",
  "status[]",
];
const queryString = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...QUERY_KEYS) }, { weight: 1, arbitrary: urlPiece }),
      urlPiece,
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));

type Ids = { slugs: string[]; sources: string[]; countries: string[] };
const pick = (values: string[]) =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: urlPiece });
const LOCALES = ["en", "ru", "de", "EN", "x"];

// --- The families ---------------------------------------------------------------------------------------

type Probe = { method: string; target: string; headers?: Record<string, string>; body?: string };
const get = (target: string): Probe => ({ method: "GET", target });

function pages(ids: Ids): fc.Arbitrary<Probe> {
  const section = fc.oneof(
    fc.constantFrom("", "/cases", "/countries", "/search", "/statistics", "/api-docs", "/sign-in", "/dashboard"),
    pick(ids.slugs).map((s) => `/cases/${s}`),
    pick(ids.sources).map((s) => `/sources/${s}`),
    pick(ids.countries).map((c) => `/countries/${c}`),
    pick(ids.countries).map((c) => `/countries/${c}/briefing`),
    urlPiece.map((t) => `/invite/${t}`),
    urlPiece.map((t) => `/reset/${t}`),
    urlPiece.map((t) => `/${t}`),
  );
  return fc
    .tuple(fc.constantFrom(...LOCALES), section, queryString)
    .map(([locale, path, query]) => get(`/${locale}${path}${query}`));
}

function api(ids: Ids): fc.Arbitrary<Probe> {
  const endpoint = fc.oneof(
    fc.constantFrom("cases", "countries", "sources", "demands", "laws", "openapi.json"),
    pick(ids.slugs).map((s) => `cases/${s}`),
    urlPiece,
  );
  return fc.tuple(endpoint, queryString).map(([path, query]) => get(`/api/v1/${path}${query}`));
}

function exportsFamily(ids: Ids): fc.Arbitrary<Probe> {
  // PDF and DOCX are rare: each takes a core for a while, and the point here is the parsing around them.
  const briefingFormat = fc.oneof(
    { weight: 12, arbitrary: fc.constant("md") },
    { weight: 6, arbitrary: urlPiece },
    { weight: 1, arbitrary: fc.constantFrom("pdf", "docx") },
  );
  const caseSlug = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...ids.slugs) },
    { weight: 20, arbitrary: urlPiece },
  );
  return fc.oneof(
    fc
      .tuple(fc.oneof(fc.constantFrom("csv", "json"), urlPiece), queryString)
      .map(([format, query]) => get(`/api/exports/cases?format=${format}${query.replace("?", "&")}`)),
    fc
      .tuple(pick(ids.countries), briefingFormat, queryString)
      .map(([code, format, query]) => get(`/api/briefings/${code}?format=${format}${query.replace("?", "&")}`)),
    fc
      .tuple(caseSlug, fc.constantFrom("sheet", "letter-pack"), queryString)
      .map(([slug, document, query]) => get(`/api/cases/${slug}/${document}${query}`)),
  );
}

function feeds(ids: Ids): fc.Arbitrary<Probe> {
  const param = fc.oneof(
    fc.constant("scope=site"),
    pick(ids.countries).map((c) => `country=${c}`),
    pick(ids.slugs).map((s) => `case=${s}`),
    fc.constantFrom("en", "ru").map((l) => `locale=${l}`),
  );
  return fc
    .tuple(fc.array(param, { maxLength: 3 }), queryString)
    .map(([params, query]) => get(`/api/feeds?${params.join("&")}${query.replace("?", "&")}`));
}

function search(): fc.Arbitrary<Probe> {
  return fc
    .tuple(urlPiece, fc.option(urlPiece), queryString)
    .map(([q, limit, query]) =>
      get(`/api/search?q=${q}${limit === null ? "" : `&limit=${limit}`}${query.replace("?", "&")}`),
    );
}

function signIn(session: { csrfToken: string; cookie: string }): fc.Arbitrary<Probe> {
  const field = fc.constantFrom(
    "email",
    "password",
    "code",
    "csrfToken",
    "callbackUrl",
    "json",
    "redirect",
    "__proto__",
    "constructor",
  );
  const fields = fc.dictionary(field, text, { maxKeys: 6 });
  const withToken = fc.boolean();
  const body = fc
    .tuple(
      fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data", ""),
      fields,
      withToken,
      fc.option(text),
    )
    .map(([type, values, real, junk]) => {
      const all = real ? { ...values, csrfToken: session.csrfToken } : values;
      const encoded =
        junk !== null ? junk : type === "application/json" ? JSON.stringify(all) : new URLSearchParams(all).toString();
      return { type, body: encoded, cookie: real ? session.cookie : "" };
    });
  const action = fc.constantFrom(
    "signin",
    "signout",
    "session",
    "csrf",
    "providers",
    "error",
    "callback/credentials",
    "signin/credentials",
    "_log",
    "verify-request",
  );
  return fc.oneof(
    fc.tuple(action, queryString).map(([path, query]) => get(`/api/auth/${path}${query}`)),
    fc.tuple(action, body, queryString).map(([path, sent, query]) => ({
      method: "POST",
      target: `/api/auth/${path}${query}`,
      headers: { ...(sent.type ? { "content-type": sent.type } : {}), ...(sent.cookie ? { cookie: sent.cookie } : {}) },
      body: sent.body,
    })),
    fc.tuple(urlPiece, queryString).map(([cookie, query]) => ({
      method: "GET",
      target: `/api/auth/signin${query}`,
      headers: { cookie: `next-auth.callback-url=${cookie}` },
    })),
  );
}

function requestLines(): fc.Arbitrary<Probe> {
  const method = fc.constantFrom(
    "GET",
    "HEAD",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "TRACE",
    "TRACK",
    "PROPFIND",
    "SEARCH",
    "PURGE",
  );
  const target = fc.oneof(
    fc.array(rawPiece, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
    fc
      .tuple(fc.constantFrom("/en/", "/ru/cases/", "/api/v1/", "/api/auth/", "/_next/", "/"), rawPiece)
      .map(([a, b]) => a + b),
    fc.constantFrom(
      "*",
      "/%",
      "/%ZZ",
      "/en/%E0%A4%A",
      "/en/cases/%C0%AF",
      "/api/v1/cases/%00",
      "/en/%2e%2e/%2e%2e/",
      "//",
      "/en//cases",
    ),
  );
  return fc.tuple(method, target).map(([m, t]) => ({ method: m, target: t }));
}

// --- Running them ---------------------------------------------------------------------------------------

async function knownIds(baseUrl: string): Promise<Ids> {
  const cases = (await (await fetch(`${baseUrl}/api/v1/cases?limit=5`)).json()) as { data: { slug: string }[] };
  const sources = (await (await fetch(`${baseUrl}/api/v1/sources?limit=3`)).json()) as { data: { id: string }[] };
  return {
    slugs: cases.data.map((c) => c.slug),
    sources: sources.data.map((s) => s.id),
    countries: ["KZ", "KG", "TJ", "UZ", "TM"],
  };
}

async function csrfSession(baseUrl: string): Promise<{ csrfToken: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    csrfToken,
    cookie: response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  };
}

async function send(baseUrl: string, probe: Probe): Promise<string | null> {
  try {
    const { status } = await rawRequest(baseUrl, probe.method, probe.target, probe.headers, probe.body);
    return status >= 500
      ? `${status} ${probe.method} ${JSON.stringify(probe.target)} ${JSON.stringify(probe.headers ?? {})} ${JSON.stringify(probe.body ?? "")}`
      : null;
  } catch (error) {
    return `no answer (${(error as Error).message}) ${probe.method} ${JSON.stringify(probe.target)}`;
  }
}

/** Runs the family in batches sent at once; a failure reports the requests that got a 5xx and the seed. */
async function fuzz(family: fc.Arbitrary<Probe>): Promise<void> {
  const { baseUrl } = server();
  let sent = 0;
  let failures: string[] = [];
  const details = await fc.check(
    fc.asyncProperty(fc.array(family, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const found = (await Promise.all(batch.map((probe) => send(baseUrl, probe)))).filter(
        (f): f is string => f !== null,
      );
      sent += batch.length;
      if (found.length > 0) failures = found;
      return found.length === 0;
    }),
    { numRuns: Math.ceil(RUNS / BATCH), endOnFailure: true },
  );
  const cut = (line: string) => (line.length > 600 ? `${line.slice(0, 600)}…` : line);
  expect(
    details.failed
      ? [...failures.map(cut), `(fast-check seed ${details.seed}, path ${details.counterexamplePath})`]
      : [],
    "requests answered with a 5xx or not at all",
  ).toEqual([]);
  expect(sent).toBeGreaterThanOrEqual(RUNS);
}

const LONG = { timeout: 600_000 };

describe(`fuzzing the public surface (${RUNS} inputs per family)`, () => {
  it("pages with query strings", LONG, async () => fuzz(pages(await knownIds(server().baseUrl))));
  it("the public API", LONG, async () => fuzz(api(await knownIds(server().baseUrl))));
  it("exports", LONG, async () => fuzz(exportsFamily(await knownIds(server().baseUrl))));
  it("feeds", LONG, async () => fuzz(feeds(await knownIds(server().baseUrl))));
  it("search suggestions", LONG, async () => fuzz(search()));
  it("sign-in", LONG, async () => fuzz(signIn(await csrfSession(server().baseUrl))));
  it("raw request lines: any method, any percent-encoding", LONG, async () => fuzz(requestLines()));

  it("still serves pages afterwards, and logged no raw control character", async () => {
    const { baseUrl, output } = server();
    expect((await fetch(`${baseUrl}/en/cases`)).status).toBe(200);
    expect(output()).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });
});
