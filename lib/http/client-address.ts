// The address a request came from, for per-address limits and the audit log. X-Forwarded-For is believed
// only when the TCP peer is one of TRUSTED_PROXIES; otherwise anyone could choose their own address.
import { isIP } from "node:net";
import proxyaddr from "proxy-addr";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER, peerAddressIsStamped } from "./peer-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

const compiled = new WeakMap<readonly string[], (address: string, hop: number) => boolean>();
function trustOf(list: readonly string[]) {
  let trust = compiled.get(list);
  if (!trust) compiled.set(list, (trust = proxyaddr.compile([...list])));
  return trust;
}

/** "::ffff:192.0.2.1", as Node reports an IPv4 peer on a dual-stack socket, is shown as "192.0.2.1". */
function plain(address: string): string {
  return address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the right-most address in
 * X-Forwarded-For that is not itself a trusted proxy. "unknown" when the server did not say who the peer is.
 */
export function clientAddress(
  headers: HeaderSource,
  trustedProxies: readonly string[] = env().TRUSTED_PROXIES,
): string {
  const peer = peerAddressIsStamped() ? header(headers, PEER_ADDRESS_HEADER) : undefined;
  if (!peer || !isIP(peer)) return "unknown";
  if (trustedProxies.length === 0) return plain(peer);
  const request = {
    headers: { "x-forwarded-for": header(headers, "x-forwarded-for") },
    connection: { remoteAddress: peer },
  };
  const address = proxyaddr(request as never, trustOf(trustedProxies));
  return isIP(address) ? plain(address) : plain(peer);
}
