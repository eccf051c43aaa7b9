// Per-address limits count an IPv6 client by its /64, however the address is written.
import { describe, expect, it } from "vitest";
import { rateLimitKey } from "@/lib/http/rate-limit-key";

describe("rateLimitKey", () => {
  it("keys IPv4 and unknown addresses as they are", () => {
    expect(rateLimitKey("192.0.2.1")).toBe("192.0.2.1");
    expect(rateLimitKey("unknown")).toBe("unknown");
  });

  it("keys every address of one IPv6 /64 alike, in any spelling", () => {
    const key = "2001:db8:1:2::/64";
    for (const address of [
      "2001:db8:1:2::1",
      "2001:db8:1:2:ffff:ffff:ffff:ffff",
      "2001:0DB8:0001:0002:0:0:0:9",
      "2001:db8:1:2:a:b:192.0.2.1",
      "2001:db8:1:2::7%eth0",
    ]) {
      expect(rateLimitKey(address), address).toBe(key);
    }
    expect(rateLimitKey("2001:db8:1:3::1")).not.toBe(key);
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("fe80::1")).toBe("fe80:0:0:0::/64");
  });
});

describe("heavy-work limits", () => {
  it("give one IPv6 /64 one budget, whichever of its addresses asks", async () => {
    const { heavyWorkRetryAfter } = await import("@/lib/http/heavy-work-limit");
    const { env } = await import("@/lib/env");
    for (let i = 1; i <= env().RATE_LIMIT_DOWNLOADS; i++)
      expect(await heavyWorkRetryAfter("download", `2001:db8:77:1::${i.toString(16)}`)).toBeNull();
    expect(await heavyWorkRetryAfter("download", "2001:db8:77:1:dead:beef:0:1")).toBeGreaterThan(0);
    expect(await heavyWorkRetryAfter("download", "2001:db8:77:2::1")).toBeNull();
  });
});
