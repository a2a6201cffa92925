import { BoundedQueryCache, persistedQueries } from "../../../src/server/persisted-queries";

describe("BoundedQueryCache", () => {
  it("keeps what it is given until it is full, then drops the least recently used first", async () => {
    const cache = new BoundedQueryCache({ maxChars: 1_000, maxEntries: 3 });
    await cache.set("a", "query A");
    await cache.set("b", "query B");
    await cache.set("c", "query C");
    await expect(cache.get("a")).resolves.toBe("query A");
    await cache.set("d", "query D");
    await expect(cache.get("b")).resolves.toBeUndefined();
    await expect(Promise.all(["a", "c", "d"].map((key) => cache.get(key)))).resolves.toEqual(["query A", "query C", "query D"]);
    expect(cache.size()).toEqual({ entries: 3, chars: 3 * "a".length + 3 * "query A".length });
  });

  it("holds no more text than its limit, and never a query larger than the whole cache", async () => {
    const cache = new BoundedQueryCache({ maxChars: 100, maxEntries: 1_000 });
    for (let i = 0; i < 50; i += 1) await cache.set(`key-${i}`, "x".repeat(20));
    expect(cache.size().chars).toBeLessThanOrEqual(100);
    await expect(cache.get("key-49")).resolves.toBe("x".repeat(20));
    await cache.set("huge", "y".repeat(200));
    await expect(cache.get("huge")).resolves.toBeUndefined();
  });

  it("counts a replaced or deleted entry out of its size", async () => {
    const cache = new BoundedQueryCache({ maxChars: 1_000, maxEntries: 10 });
    await cache.set("a", "12345");
    await cache.set("a", "12");
    expect(cache.size()).toEqual({ entries: 1, chars: 3 });
    await expect(cache.delete("a")).resolves.toBe(true);
    await expect(cache.delete("a")).resolves.toBe(false);
    expect(cache.size()).toEqual({ entries: 0, chars: 0 });
  });
});

describe("persistedQueries", () => {
  it("gives APQ a bounded cache of its own without trusted documents", () => {
    const options = persistedQueries(null);
    expect(options.cache).toBeInstanceOf(BoundedQueryCache);
  });

  it("serves APQ from the manifest with trusted documents, and registers nothing", async () => {
    const { cache } = persistedQueries(new Map([["abc", "{ __typename }"]]));
    // Apollo prefixes the keys of its APQ cache with "apq:".
    await expect(cache!.get("apq:abc")).resolves.toBe("{ __typename }");
    await cache!.set("apq:def", "{ other }");
    await expect(cache!.get("apq:def")).resolves.toBeUndefined();
  });
});
