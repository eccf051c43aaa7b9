// How the production server (scripts/serve.ts) hands the TCP peer's address to route handlers and server
// actions, which see only headers: it removes any copy of the internal header a client sent, then sets it.
import type { IncomingMessage } from "node:http";

export const PEER_ADDRESS_HEADER = "x-habeas-peer-address";

/** Set in this process only by the server that stamps every request, so that without it (e.g. `next dev`) a
 *  header a client made up is never believed. */
const STAMPING = Symbol.for("habeas.peer-address-stamping");

export function stampPeerAddress(req: IncomingMessage): void {
  (globalThis as Record<symbol, unknown>)[STAMPING] = true;
  // Node joins repeated headers of one name into this one key, whatever their case, so one delete removes
  // every copy the client sent.
  delete req.headers[PEER_ADDRESS_HEADER];
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
}

export function peerAddressIsStamped(): boolean {
  return (globalThis as Record<symbol, unknown>)[STAMPING] === true;
}
