// Body caps on a real HTTP server: the door's cap (limitRequestBody) counts the bytes that arrive, chunked or not,
// and readCappedBody stops reading a stream at its limit instead of buffering all of it.
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { limitRequestBody } from "@/lib/http/limit-request-body";
import { BodyTooLargeError, readCappedBody } from "@/lib/http/read-capped-body";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function start(limit: number): Promise<number> {
  server = createServer((req, res) => {
    if (!limitRequestBody(req, res, limit)) return;
    let received = 0;
    req.on("data", (chunk: Buffer) => (received += chunk.length));
    req.on("end", () => res.end(String(received)));
    req.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function post(port: number, chunks: Buffer[], headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (error) => reject(error));
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("limitRequestBody", () => {
  it("passes a body within the limit, and refuses one over it whether declared or chunked", async () => {
    const port = await start(1000);
    expect(await post(port, [Buffer.alloc(600)])).toBe(200);
    expect(await post(port, [Buffer.alloc(10)], { "content-length": "5000" }).catch(() => 413)).toBe(413);
    const chunked = Array.from({ length: 10 }, () => Buffer.alloc(500));
    expect(await post(port, chunked)).toBe(413);
  });
});

describe("readCappedBody", () => {
  it("stops pulling a stream once it passes the limit", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(100));
      },
    });
    // Node needs `duplex` for a streamed body; the DOM's RequestInit type does not know it yet.
    const init: RequestInit & { duplex: "half" } = { method: "POST", body, duplex: "half" };
    const endless = new Request("http://habeas.test/", init);
    await expect(readCappedBody(endless, 1000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled).toBeLessThan(20);
    const small = new Request("http://habeas.test/", { method: "POST", body: "hello" });
    expect(new TextDecoder().decode(await readCappedBody(small, 1000))).toBe("hello");
  });
});
