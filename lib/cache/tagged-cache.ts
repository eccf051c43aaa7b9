// Keeps the answers of read functions in memory, keyed by function and arguments and labelled with tags.
// Invalidating a tag drops its entries at once, so the next request reads the database again. An age limit
// bounds staleness should a change notice be lost. When a generation counter is given, an entry made under an
// older generation is stale too, so moving the counter on drops every entry at once (lib/cache/public-generation.ts).
// A pending read is shared, so a burst of identical requests costs one query.
type Entry = { value: Promise<unknown>; tags: readonly string[]; expires: number; generation: number };

export type TaggedCache = {
  wrap<A extends unknown[], R>(
    name: string,
    tags: readonly string[],
    read: (...args: A) => Promise<R>,
  ): (...args: A) => Promise<R>;
  invalidate(tag: string): void;
  size(): number;
};

export type TaggedCacheOptions = {
  maxEntries: number;
  maxAgeMs: number;
  generation?: () => number;
  now?: () => number;
};

export function createTaggedCache(options: TaggedCacheOptions): TaggedCache {
  const entries = new Map<string, Entry>();
  const now = options.now ?? Date.now;
  const generation = options.generation ?? (() => 0);

  function remember(key: string, entry: Entry): void {
    entries.set(key, entry);
    // Map keeps insertion order and hits re-insert, so the first key is the least recently used.
    while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value!);
  }

  return {
    wrap(name, tags, read) {
      return (...args) => {
        const key = `${name}:${JSON.stringify(args)}`;
        const hit = entries.get(key);
        if (hit && hit.expires > now() && hit.generation === generation()) {
          entries.delete(key);
          entries.set(key, hit);
          return hit.value as Promise<Awaited<ReturnType<typeof read>>>;
        }
        const value = read(...args);
        const entry: Entry = { value, tags, expires: now() + options.maxAgeMs, generation: generation() };
        remember(key, entry);
        value.catch(() => {
          if (entries.get(key) === entry) entries.delete(key);
        });
        return value;
      };
    },
    invalidate(tag) {
      for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
    },
    size: () => entries.size,
  };
}
