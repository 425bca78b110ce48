// Word-level lookups (stemming, spelling correction, misspelt filler) repeat the same words all day, from the pack
// while the index is built and from questions after. Each result is kept, up to a bound: user text is unbounded, so
// past it the cache starts over rather than growing.

/** A pure one-argument function (of a word, or of an entry's number) that remembers up to `limit` results. */
export function memoise<T, K = string>(compute: (key: K) => T, limit: number): (key: K) => T {
  const results = new Map<K, T>();
  return (key) => {
    const kept = results.get(key);
    if (kept !== undefined || results.has(key)) return kept as T;
    const result = compute(key);
    if (results.size >= limit) results.clear();
    results.set(key, result);
    return result;
  };
}
