// The key a per-address limit counts under. An IPv4 address is one key; an IPv6 client usually holds a whole /64
// (one customer's network, any address in it theirs to use), so every address in a /64 shares one key.
import { isIP } from "node:net";

/** The eight 16-bit groups of a valid IPv6 address (zone removed, an IPv4 tail turned into two groups). */
function groupsOf(address: string): number[] {
  let text = address.split("%")[0]!.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  if (tail === undefined) return parse(head);
  const front = parse(head);
  const back = parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

export function rateLimitKey(address: string): string {
  if (isIP(address.split("%")[0]!) !== 6) return address;
  return `${groupsOf(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":")}::/64`;
}
