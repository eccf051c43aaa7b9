// Against the production server: what an anonymous or hostile caller can make it do is bounded. Request bodies
// are capped at the door and in the handlers that read them (a chunked body included); the import checks who is
// asking before it reads a byte, and trusts only SITE_URL's origin; a server action from a caller without a
// signed session is refused unless it is public by design; a made-up session cookie is served from the page
// cache; the heavy-page limit exempts only a live session and sees through percent-encoded paths.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "@/lib/db/paths";
import { useDedicatedServer } from "../support/dedicated-server";
import { signInOverHttp } from "../support/http-session";

const server = useDedicatedServer("limits", { RATE_LIMIT_HEAVY_PAGES: "2" });

type Answer = { status: number; body: string };

/**
 * Sends a body in chunks (no Content-Length) of `chunkBytes`, up to `totalBytes`, and resolves with the answer as
 * soon as it arrives, whether or not the body was all sent. `stall` keeps the body open after the first chunk.
 */
function chunkedPost(
  target: string,
  headers: Record<string, string>,
  totalBytes: number,
  options: { stall?: boolean; chunk?: Buffer } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(server().baseUrl);
  const chunk = options.chunk ?? Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): a kept-alive one the server has since closed would end in a reset.
    const request = http.request({
      agent: false,
      hostname,
      port,
      method: "POST",
      path: target,
      headers,
      timeout: 60_000,
    });
    let sent = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
        request.destroy();
      });
    });
    request.on("timeout", () => request.destroy(new Error(`No answer within 60 s: POST ${target}`)));
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
        if (options.stall) return;
      }
      if (!answered && !options.stall) request.end();
    };
    pump();
  });
}

/** One request exactly as written (any Host, any path), from the given loopback address. */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer;
  localAddress?: string;
}): Promise<Answer> {
  const { hostname, port } = new URL(server().baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent: false,
        hostname,
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
        localAddress: options.localAddress,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** Sign out over HTTP, as the account menu does: the cookie stays signed but its session is over. */
async function signOut(cookie: string): Promise<void> {
  const { baseUrl } = server();
  const { csrfToken } = (await (await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, json: "true" }),
    redirect: "manual",
  });
  await response.arrayBuffer();
}

type Manifest = { node: Record<string, { exportedName: string }> };
function actionId(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in the build`);
  return found[0];
}

describe("request bodies", () => {
  it("refuses a declared body over 1 MB at the door", async () => {
    const answer = await chunkedPost(
      "/en/cases",
      { "content-type": "text/plain", "content-length": String(2 * 1024 * 1024) },
      64 * 1024,
      { stall: true },
    );
    expect(answer.status).toBe(413);
  });

  it("cuts off a chunked sign-in body that is far larger than any sign-in form", async () => {
    const answer = await chunkedPost(
      "/api/auth/callback/credentials",
      { "content-type": "application/x-www-form-urlencoded" },
      3 * 1024 * 1024,
      { chunk: Buffer.from(`a=${"b".repeat(16 * 1024)}&`) },
    );
    expect(answer.status).toBe(413);
  });
});

describe("the spreadsheet import", () => {
  it("refuses an Origin that only matches the Host the client wrote", async () => {
    const { baseUrl, staff } = server();
    const cookie = (await signInOverHttp(baseUrl, staff.editorA, staff.password))!;
    const boundary = "habeas-test";
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cases.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\nname,country\r\n--${boundary}--\r\n`,
    );
    const answer = await send({
      method: "POST",
      path: "/api/import",
      headers: {
        cookie,
        host: "evil.example",
        origin: "http://evil.example",
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(body.length),
      },
      body,
    });
    expect(answer.status).toBe(403);
  });

  it("cuts off a signed-in editor's chunked upload past the limit with a 413", async () => {
    const { baseUrl, staff } = server();
    const cookie = (await signInOverHttp(baseUrl, staff.editorA, staff.password))!;
    const answer = await chunkedPost(
      "/api/import",
      { cookie, origin: baseUrl, "content-type": "multipart/form-data; boundary=x" },
      12 * 1024 * 1024,
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { problem: "tooBig" } });
  });
});

describe("server actions", () => {
  const post = (page: string, headers: Record<string, string>) =>
    fetch(`${server().baseUrl}${page}`, {
      method: "POST",
      headers: { accept: "text/x-component", origin: server().baseUrl, ...headers },
      body: "[]",
      redirect: "manual",
    });

  it("are refused to a caller without a signed session, unless public by design", async () => {
    const { baseUrl, staff } = server();
    const create = actionId("createCaseAction");
    for (const cookie of ["", "next-auth.session-token=made-up"]) {
      const refused = await post("/en/dashboard/cases/new", { "next-action": create, cookie });
      expect(refused.status, cookie || "no cookie").toBe(403);
    }
    // The one-time link's password form works for anyone; its own check refuses a bad link.
    const redeem = await post("/en/invite/not-a-token", { "next-action": actionId("redeemTokenAction") });
    expect(redeem.status).not.toBe(403);
    const editor = (await signInOverHttp(baseUrl, staff.editorA, staff.password))!;
    const signedIn = await post("/en/dashboard/cases/new", { "next-action": create, cookie: editor });
    expect(signedIn.status).not.toBe(403);
  });

  it("refuse an anonymous form post to a page without a public action", async () => {
    const { baseUrl } = server();
    const form = () => {
      const body = new FormData();
      body.set("fullName", "x");
      return body;
    };
    const dashboard = await fetch(`${baseUrl}/en/dashboard/cases/new`, { method: "POST", body: form() });
    expect(dashboard.status).toBe(403);
    const invite = await fetch(`${baseUrl}/en/invite/not-a-token`, { method: "POST", body: form() });
    expect(invite.status).not.toBe(403);
  });
});

describe("the page cache and the heavy-page limit", () => {
  it("serves a made-up session cookie from the page cache", async () => {
    const { baseUrl } = server();
    const target = `${baseUrl}/en/countries?fake-cookie=${Date.now()}`;
    await (await fetch(target)).text();
    for (const cookie of ["next-auth.session-token=x", "__Secure-next-auth.session-token=x"]) {
      const response = await fetch(target, { headers: { cookie } });
      await response.text();
      expect(response.headers.get("x-habeas-cache"), cookie).toBe("hit");
    }
  });

  it("limits a signed-out session's cookie like a visitor, and exempts a live one", async () => {
    const { baseUrl, staff } = server();
    const live = (await signInOverHttp(baseUrl, staff.editorB, staff.password))!;
    for (let i = 1; i <= 3; i++) {
      const response = await fetch(`${baseUrl}/en/statistics?asOf=2024-01-0${i}`, { headers: { cookie: live } });
      await response.text();
      expect(response.status, `live session, request ${i}`).toBe(200);
    }
    await signOut(live);
    const statuses: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const response = await fetch(`${baseUrl}/en/statistics?asOf=2023-01-0${i}`, { headers: { cookie: live } });
      await response.text();
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it("routes a percent-encoded statistics path to the statistics page (so the limit must decode it too)", async () => {
    // As live staff, who are not limited: this checks Next's routing; tests/unit/proxy.test.ts checks the count.
    const { baseUrl, staff } = server();
    const cookie = (await signInOverHttp(baseUrl, staff.editorA, staff.password))!;
    const answer = await send({ path: "/en/statistic%73?asOf=2022-01-01", headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("Statistics");
  });
});
