import { createHash } from 'node:crypto';

// Rendered charts are kept by a hash of what decides their pixels (spec JSON plus raster options), so the same
// figures give back the same bytes without rendering again. Map keeps insertion order, which makes it a small LRU.

export type ChartCache<V> = {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  readonly size: number;
  readonly stats: { hits: number; misses: number };
};

/** sha256 hex of a JSON-serialisable value (key order as built, which the spec builder keeps stable). */
export function hashChartContent(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function createChartCache<V>(limit: number): ChartCache<V> {
  const entries = new Map<string, V>();
  const stats = { hits: 0, misses: 0 };
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      // Re-insert so the entry becomes the most recently used.
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > limit) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
    stats,
  };
}
