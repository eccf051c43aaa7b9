// Per-address limits on the anonymous work that costs the server most: PDF and DOCX documents, printable
// briefings and statistics as of a chosen date. In memory, per process (rate-limiter-flexible), shared by
// the proxy and the route handlers through globalThis, which outlives each bundle's copy of this module.
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { rateLimitKey } from "./rate-limit-key";

export type HeavyWork = "download" | "page";

const store = globalThis as typeof globalThis & { habeasHeavyWorkLimiters?: Map<HeavyWork, RateLimiterMemory> };

function limiter(kind: HeavyWork): RateLimiterMemory {
  const limiters = (store.habeasHeavyWorkLimiters ??= new Map());
  let found = limiters.get(kind);
  if (!found) {
    const config = env();
    const points = kind === "download" ? config.RATE_LIMIT_DOWNLOADS : config.RATE_LIMIT_HEAVY_PAGES;
    found = new RateLimiterMemory({ keyPrefix: `heavy-${kind}`, points, duration: 60 });
    limiters.set(kind, found);
  }
  return found;
}

/** Spends one of the address's requests of this kind for the current minute (an IPv6 address counts by its /64).
 *  Returns null when the request may go ahead, otherwise the whole seconds until it may. */
export async function heavyWorkRetryAfter(kind: HeavyWork, address: string): Promise<number | null> {
  try {
    await limiter(kind).consume(rateLimitKey(address));
    return null;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    throw refusal;
  }
}
