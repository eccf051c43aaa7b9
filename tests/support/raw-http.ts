// Sends a request exactly as written, with any method and any request target, which fetch() refuses to do
// (TRACE, malformed percent-encoding, `*`), over a small pool of kept-alive connections.
import http from "node:http";

export type RawResponse = { status: number; body: string };

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

export function rawRequest(
  baseUrl: string,
  method: string,
  target: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { agent, hostname, port, method, path: target, headers, timeout: 60_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`No answer within 60 s: ${method} ${target}`)));
    request.on("error", reject);
    request.end(body);
  });
}
