import { describe, expect, it } from "vitest";
import { createTaggedCache } from "@/lib/cache/tagged-cache";

function counter() {
  const calls: string[] = [];
  const read = async (id: string) => {
    calls.push(id);
    return { id, version: calls.length };
  };
  return { calls, read };
}

describe("tagged cache", () => {
  it("answers a repeated read from memory until its tag is invalidated", async () => {
    const cache = createTaggedCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const { calls, read } = counter();
    const cached = cache.wrap("read", ["records"], read);
    expect(await cached("a")).toEqual({ id: "a", version: 1 });
    expect(await cached("a")).toEqual({ id: "a", version: 1 });
    expect(await cached("b")).toEqual({ id: "b", version: 2 });
    cache.invalidate("other-tag");
    expect(await cached("a")).toEqual({ id: "a", version: 1 });
    cache.invalidate("records");
    expect(await cached("a")).toEqual({ id: "a", version: 3 });
    expect(calls).toEqual(["a", "b", "a"]);
  });

  it("reads again once an entry is older than the age limit", async () => {
    let now = 0;
    const cache = createTaggedCache({ maxEntries: 10, maxAgeMs: 1000, now: () => now });
    const { calls, read } = counter();
    const cached = cache.wrap("read", ["records"], read);
    await cached("a");
    now = 999;
    await cached("a");
    now = 1000;
    await cached("a");
    expect(calls).toEqual(["a", "a"]);
  });

  it("shares one pending read among simultaneous callers", async () => {
    const cache = createTaggedCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const { calls, read } = counter();
    const cached = cache.wrap("read", ["records"], read);
    const results = await Promise.all([cached("a"), cached("a"), cached("a")]);
    expect(calls).toEqual(["a"]);
    expect(new Set(results).size).toBe(1);
  });

  it("does not keep a failed read", async () => {
    const cache = createTaggedCache({ maxEntries: 10, maxAgeMs: 60_000 });
    let fail = true;
    const cached = cache.wrap("read", ["records"], async () => {
      if (fail) throw new Error("database down");
      return "ok";
    });
    await expect(cached()).rejects.toThrow("database down");
    fail = false;
    await expect(cached()).resolves.toBe("ok");
  });

  it("drops the least recently used entry beyond its size", async () => {
    const cache = createTaggedCache({ maxEntries: 2, maxAgeMs: 60_000 });
    const { calls, read } = counter();
    const cached = cache.wrap("read", ["records"], read);
    await cached("a");
    await cached("b");
    await cached("a");
    await cached("c");
    expect(cache.size()).toBe(2);
    await cached("a");
    await cached("b");
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });

  it("keys on the function name and every argument", async () => {
    const cache = createTaggedCache({ maxEntries: 10, maxAgeMs: 60_000 });
    const first = cache.wrap("first", ["records"], async (q: { page: number }) => `first ${q.page}`);
    const second = cache.wrap("second", ["records"], async (q: { page: number }) => `second ${q.page}`);
    expect(await first({ page: 1 })).toBe("first 1");
    expect(await first({ page: 2 })).toBe("first 2");
    expect(await second({ page: 1 })).toBe("second 1");
  });
});

describe("tagged cache with a generation", () => {
  it("treats every entry made under an older generation as stale, including a read still pending", async () => {
    let generation = 0;
    const cache = createTaggedCache({ maxEntries: 10, maxAgeMs: 60_000, generation: () => generation });
    const { calls, read } = counter();
    const cached = cache.wrap("read", ["records"], read);
    await cached("a");
    await cached("a");
    generation += 1;
    const pending = cached("a");
    generation += 1;
    await pending;
    await cached("a");
    expect(calls).toEqual(["a", "a", "a"]);
  });
});
