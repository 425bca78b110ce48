// Word-level lookups (stemming, spelling correction, misspelt filler) repeat the same words all day, from the pack
// while the index is built and from questions after. Each result is kept, up to a bound: user text is unbounded, so
// past it the cache starts over rather than growing.

/** A pure one-word function that remembers up to `limit` results. */
export function memoise<T>(compute: (word: string) => T, limit: number): (word: string) => T {
  const results = new Map<string, T>();
  return (word) => {
    const kept = results.get(word);
    if (kept !== undefined || results.has(word)) return kept as T;
    const result = compute(word);
    if (results.size >= limit) results.clear();
    results.set(word, result);
    return result;
  };
}
