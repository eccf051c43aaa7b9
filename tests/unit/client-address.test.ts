// Which address a request is counted and audited under: the TCP peer, unless that peer is a trusted proxy.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";
import { PEER_ADDRESS_HEADER, stampPeerAddress } from "@/lib/http/peer-address";

/** A request as the production server receives it, stamped as scripts/serve.ts stamps it. */
function request(peer: string, headers: Record<string, string> = {}): Record<string, string | string[] | undefined> {
  const req = { headers: { ...headers }, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
  stampPeerAddress(req);
  return req.headers;
}

describe("client address", () => {
  it("is the socket's peer, whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(clientAddress(request("203.0.113.7", { "x-forwarded-for": "198.51.100.1" }), [])).toBe("203.0.113.7");
  });

  it("cannot be chosen by sending the server's own internal header", () => {
    expect(clientAddress(request("203.0.113.7", { [PEER_ADDRESS_HEADER]: "198.51.100.1" }), [])).toBe("203.0.113.7");
    expect(
      clientAddress(
        new Headers(request("203.0.113.7", { [PEER_ADDRESS_HEADER]: "198.51.100.1" }) as Record<string, string>),
        [],
      ),
    ).toBe("203.0.113.7");
  });

  it("takes the forwarded address when the peer is a trusted proxy, skipping other trusted hops", () => {
    expect(clientAddress(request("10.0.0.5", { "x-forwarded-for": "198.51.100.1" }), ["10.0.0.5"])).toBe(
      "198.51.100.1",
    );
    // The client put a made-up address first; the proxy appended the real one.
    expect(
      clientAddress(request("10.0.0.5", { "x-forwarded-for": "1.2.3.4, 198.51.100.1, 10.0.0.9" }), ["10.0.0.0/24"]),
    ).toBe("198.51.100.1");
    expect(clientAddress(request("203.0.113.7", { "x-forwarded-for": "198.51.100.1" }), ["10.0.0.0/24"])).toBe(
      "203.0.113.7",
    );
  });

  it("shows an IPv4 peer on a dual-stack socket as plain IPv4, and matches it against IPv4 ranges", () => {
    expect(clientAddress(request("::ffff:127.0.0.1"), [])).toBe("127.0.0.1");
    expect(clientAddress(request("::ffff:127.0.0.1", { "x-forwarded-for": "198.51.100.1" }), ["127.0.0.1"])).toBe(
      "198.51.100.1",
    );
  });

  it("is unknown when the server has not stamped the peer", () => {
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, [])).toBe("unknown");
  });
});
