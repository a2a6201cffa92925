import type { PersistedQueryOptions } from "@apollo/server";
import type { TrustedDocuments } from "./trusted-documents";

/** Apollo prefixes the keys of its APQ cache; the caches below are APQ's alone. */
const APQ_PREFIX = "apq:";

/** What the APQ cache holds at most: 8 MB of query text (in UTF-16 code units, as strings count), and 10,000 queries. */
export const APQ_CACHE_LIMITS = { maxChars: 8 * 2 ** 20, maxEntries: 10_000 };

type QueryCache = NonNullable<PersistedQueryOptions["cache"]>;

/**
 * The queries clients registered through APQ, least recently used first out: bounded by the total
 * length of what it holds and by a count, so a client registering ever new queries cannot grow the
 * server's memory. Entries do not expire (Apollo's TTL is not used); eviction is by use.
 */
export class BoundedQueryCache implements QueryCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(private readonly limits = APQ_CACHE_LIMITS) {}

  get(key: string): Promise<string | undefined> {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: taking it out and back in makes it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return Promise.resolve(value);
  }

  set(key: string, value: string): Promise<void> {
    const size = key.length + value.length;
    void this.delete(key);
    if (size > this.limits.maxChars) return Promise.resolve();
    this.entries.set(key, value);
    this.chars += size;
    for (const [oldest, text] of this.entries) {
      if (this.chars <= this.limits.maxChars && this.entries.size <= this.limits.maxEntries) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length + text.length;
    }
    return Promise.resolve();
  }

  delete(key: string): Promise<boolean> {
    const value = this.entries.get(key);
    if (value === undefined) return Promise.resolve(false);
    this.entries.delete(key);
    this.chars -= key.length + value.length;
    return Promise.resolve(true);
  }

  /** How many queries and characters it holds now. */
  size(): { entries: number; chars: number } {
    return { entries: this.entries.size, chars: this.chars };
  }
}

/** With trusted documents, APQ reads the manifest: a listed hash is served from it, and nothing is registered. */
function manifestCache(documents: TrustedDocuments): QueryCache {
  return {
    get: (key) => Promise.resolve(documents.get(key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key)),
    set: () => Promise.resolve(),
    delete: () => Promise.resolve(false),
  };
}

/**
 * Apollo Server's automatic persisted queries, configured rather than left to the default (which
 * shares the server's 30 MB cache): a bounded cache of their own, or, under TRUSTED_DOCUMENTS, the
 * manifest itself, so that a client sending a listed hash alone is served without registering it.
 */
export function persistedQueries(documents: TrustedDocuments | null): PersistedQueryOptions {
  return { cache: documents ? manifestCache(documents) : new BoundedQueryCache(), ttl: null };
}
