// The production server's cap on every request body (scripts/serve.ts), before Next.js or React decode it: a
// declared Content-Length over the limit is refused at once, and a body without one (chunked) is counted as
// it arrives and cut off at the limit. Handlers that read a body also cap what they read themselves.
import type { IncomingMessage, ServerResponse } from "node:http";

function refuse(req: IncomingMessage, res: ServerResponse, limit: number): void {
  if (!res.headersSent) {
    res.writeHead(413, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      connection: "close",
    });
    res.end(`Request body larger than ${limit} bytes\n`);
    // Once the 413 is out, whatever still waits for the rest of the body stops waiting.
    res.once("finish", () => req.destroy());
  } else {
    req.destroy();
  }
}

/**
 * Installs the limit on `req`. Returns false when the request was refused at once (its response is sent). The
 * bytes are counted where the HTTP parser hands them to the stream (`push`), so the count does not depend on how,
 * or whether, the handler reads the body.
 */
export function limitRequestBody(req: IncomingMessage, res: ServerResponse, limit: number): boolean {
  if (Number(req.headers["content-length"] ?? 0) > limit) {
    refuse(req, res, limit);
    return false;
  }
  let received = 0;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      received += Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? chunk.byteLength : String(chunk).length;
      if (received > limit) {
        refuse(req, res, limit);
        return false;
      }
    }
    return push(chunk, encoding);
  };
  return true;
}
