// The import route settles who is asking before it reads the body, takes a POST only from SITE_URL's origin
// (whatever Host the client wrote), and counts the bytes it reads, so a chunked body has a limit too.
import { afterAll, describe, expect, it } from "vitest";
import { POST as importRoute } from "@/app/api/import/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { env } from "@/lib/env";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import { createTestUser } from "../factories/users";
import { actAs } from "../support/act-as";

const db = createPrismaClient(databaseTarget());
afterAll(async () => {
  actAs(null);
  await db.$disconnect();
});

/** A body of `chunks` chunks of 64 KB (no Content-Length), and how many the route pulled. */
function streamedBody(chunks: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      if (pulled > chunks) controller.close();
      else controller.enqueue(new Uint8Array(64 * 1024).fill(97));
    },
  });
  return { body, pulled: () => pulled };
}

function post(body: ReadableStream<Uint8Array> | string, headers: Record<string, string>): Promise<Response> {
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    body,
    duplex: "half",
    headers: { "content-type": "multipart/form-data; boundary=x", ...headers },
  };
  return importRoute(new Request(`${env().SITE_URL}/api/import`, init));
}

/** What the site's own page sends. */
const site = () => ({ origin: new URL(env().SITE_URL).origin, host: new URL(env().SITE_URL).host });

describe("POST /api/import", () => {
  it("refuses an anonymous upload without reading its body", async () => {
    actAs(null);
    const upload = streamedBody(1_000_000);
    const response = await post(upload.body, site());
    expect(response.status).toBe(401);
    expect(upload.pulled()).toBeLessThanOrEqual(1);
  });

  it("refuses an Origin that matches only the Host the client wrote", async () => {
    actAs(await createTestUser(db));
    const response = await post("--x--\r\n", { origin: "http://evil.example", host: "evil.example" });
    expect(response.status).toBe(403);
  });

  it("stops reading a chunked upload past the limit and answers 413", async () => {
    actAs(await createTestUser(db));
    const upload = streamedBody(1_000_000);
    const response = await post(upload.body, site());
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { problem: "tooBig" } });
    expect(upload.pulled() * 64 * 1024).toBeLessThan(MAX_IMPORT_BYTES + 1024 * 1024);
  });
});
