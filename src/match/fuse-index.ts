import Fuse from 'fuse.js';
import type { Corrector } from './analyse.js';
import { memoise } from './memoise.js';

// The fuzzy layer: fuse.js finds the pack words closest to a word nobody taught us ("tiktk", "xiaohongsu"),
// and an edit-distance bound decides whether the closest is close enough to be a typo rather than another word.

const SHORT_WORD = 6;

export function buildSpellingCorrector(vocabulary: Iterable<string>): Corrector {
  const words = [...new Set(vocabulary)].filter((w) => w.length >= 3 && !/\d/.test(w));
  const known = new Set(words);
  const fuse = new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
  // fuse.js scores short words poorly ("jain" does not find "jian" among its first hits), so short words
  // also get a direct scan of the pack words that start with the same letter.
  const byFirstLetter = new Map<string, string[]>();
  for (const w of words) {
    const list = byFirstLetter.get(w[0]);
    if (list) list.push(w);
    else byFirstLetter.set(w[0], [w]);
  }
  const closest = memoise((word): string | undefined => {
    // Two edits only in long words: "shoppee" is two edits from "stopped" but a misspelt Shopee.
    const allowed = word.length >= 8 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    const hits = fuse.search(word, { limit: 8 }).map((hit) => hit.item);
    if (word.length <= SHORT_WORD) hits.push(...(byFirstLetter.get(word[0]) ?? []));
    for (const candidate of hits) {
      // A typo keeps the word's length and first letter; "shopee" is not a misspelt "shop".
      if (Math.abs(candidate.length - word.length) > 1 || candidate[0] !== word[0]) continue;
      // Three letters leave too little to go on, except for a dropped letter ("shp" -> "shop").
      if (word.length === 3 && candidate.length !== 4) continue;
      const distance = editDistance(word, candidate, allowed);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }, 10_000);
  return (word) => (known.has(word) ? word : closest(word));
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}
