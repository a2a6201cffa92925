/**
 * Wraps a function of one word so that each word is worked out once: compromise tags a word in
 * tens of microseconds, and the extractor asks about the same capitalised words in every sentence
 * of every article. The cache holds at most `limit` words and forgets the least recently used, so a
 * long-running server does not grow with its input; the wrapped function must be pure.
 */
export function memoizeWord<T>(compute: (word: string) => T, limit = 4096): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    if (cache.has(word)) {
      const value = cache.get(word) as T;
      cache.delete(word);
      cache.set(word, value);
      return value;
    }
    const value = compute(word);
    if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
    cache.set(word, value);
    return value;
  };
}
