import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/match/edit-distance.js';
import { buildSpellingCorrector, withSearchBudget } from '../../src/match/fuse-index.js';
import { randomString, seeded } from '../helpers/seeded.js';

/** The whole-table distance the banded one must agree with, up to max. */
function fullEditDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
    }
  }
  return rows[a.length][b.length];
}

/** The corrector as it was before its speed-ups (a full fuse.js search for every unknown word): the oracle. */
function plainCorrector(vocabulary: string[]): (word: string) => string | undefined {
  const words = [...new Set(vocabulary)].filter((w) => w.length >= 3 && !/\d/.test(w));
  const known = new Set(words);
  const fuse = new Fuse(words, { includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
  return (word) => {
    if (known.has(word)) return word;
    const allowed = word.length >= 8 ? 2 : 1;
    const hits = fuse.search(word, { limit: 8 }).map((hit) => hit.item);
    if (word.length <= 6) hits.push(...words.filter((w) => w[0] === word[0]));
    let best: string | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of hits) {
      if (Math.abs(candidate.length - word.length) > 1 || candidate[0] !== word[0]) continue;
      if (word.length === 3 && candidate.length !== 4) continue;
      if (word.length === 4 && candidate.length === 3) continue;
      const distance = fullEditDistance(word, candidate);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };
}

describe('correcting typos against the pack vocabulary', () => {
  const correct = buildSpellingCorrector(['tiktok', 'xiaohongshu', 'bytedance', 'indonesia', 'shop', 'southeast']);

  it('fixes a dropped letter in a name', () => {
    expect(correct('xiaohongsu')).toBe('xiaohongshu');
    expect(correct('tiktk')).toBe('tiktok');
  });

  it('reads the start of one long name as that name, and a key held too long', () => {
    const names = buildSpellingCorrector(['zuckerberg', 'facebook', 'xu', 'instagram', 'instant']);
    expect(names('zuck')).toBe('zuckerberg');
    expect(names('xuu')).toBe('xu');
    // "inst" starts two words of the pack: no guess.
    expect(names('inst')).toBeUndefined();
  });

  it('fixes a swapped pair of letters', () => {
    expect(correct('bytedacne')).toBe('bytedance');
  });

  it('fixes a swapped pair in a short name, where fuzzy search alone misses it', () => {
    const names = buildSpellingCorrector(['jian', 'joint', 'mainland', 'beijing', 'explain', 'main']);
    expect(names('jain')).toBe('jian');
  });

  it('restores a dropped letter in a three-letter word, and nothing else there', () => {
    expect(correct('shp')).toBe('shop');
    expect(correct('shx')).toBeUndefined();
    expect(correct('tok')).toBeUndefined();
  });

  it('does not read a four-letter word as a three-letter one with a letter more', () => {
    const words = buildSpellingCorrector(['sea', 'temu', 'shop']);
    // "how much does sega charge for sonic dash": Sega is no misspelt "sea" (Southeast Asia).
    expect(words('sega')).toBeUndefined();
    expect(words('tmeu')).toBe('temu');
  });

  it('does not turn another company into a pack word', () => {
    expect(correct('shopee')).toBeUndefined();
    expect(correct('lazada')).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('shpo', 'shop', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('gives the exact distance up to max, and more than max beyond it (20,000 seeded pairs)', () => {
    const random = seeded(1);
    for (let i = 0; i < 20_000; i++) {
      const a = randomString(random, 'abcde', 1 + Math.floor(random() * 10));
      const b = randomString(random, 'abcde', 1 + Math.floor(random() * 10));
      const max = 1 + Math.floor(random() * 3);
      const full = fullEditDistance(a, b);
      const banded = editDistance(a, b, max);
      if (full <= max) expect(banded, `${a} ${b}`).toBe(full);
      else expect(banded, `${a} ${b}`).toBeGreaterThan(max);
    }
  });

  it('corrects exactly as a full fuse.js search would, for typos and random words (3,000 seeded words)', () => {
    const vocabulary = [
      ...'tiktok xiaohongshu bytedance indonesia shop southeast shopee temu market share growth billion rednote'.split(
        ' ',
      ),
      ...'malaysia thailand vietnam philippines singapore platform commerce ecommerce livestream sellers'.split(' '),
    ];
    const fast = buildSpellingCorrector(vocabulary);
    const plain = plainCorrector(vocabulary);
    const random = seeded(2);
    for (let i = 0; i < 3000; i++) {
      const base = vocabulary[Math.floor(random() * vocabulary.length)];
      const chars = [...base];
      const at = Math.floor(random() * chars.length);
      if (i % 3 === 0) chars.splice(at, 1);
      else if (i % 3 === 1) chars.splice(at, 0, randomString(random, 'aeiourst', 1));
      else [chars[at], chars[at + 1]] = [chars[at + 1] ?? chars[at], chars[at]];
      for (const word of [chars.join(''), randomString(random, 'abcdefghijklmnopqrstuvwxyz', 3 + (i % 9))])
        if (word.length >= 3) expect(fast(word), word).toBe(plain(word));
    }
  });
});

describe('bounding the spelling work of one question', () => {
  const vocabulary = Array.from({ length: 40 }, (_, i) => `topic${String.fromCharCode(97 + (i % 26))}word${i}`);
  const corrector = buildSpellingCorrector(['tiktok', 'shop', 'indonesia', 'marketplace', 'livestream', ...vocabulary]);

  it('searches for at most the budget of distinct words, then leaves the rest as typed', () => {
    const correct = withSearchBudget(corrector, 2);
    expect(correct('tiktk')).toBe('tiktok');
    expect(correct('indonsia')).toBe('indonesia');
    expect(correct('marketplce')).toBeUndefined();
    expect(correct('livestrem')).toBeUndefined();
  });

  it('charges a word once however often it comes, and never charges known or hopeless words', () => {
    const correct = withSearchBudget(corrector, 1);
    expect(correct('shop')).toBe('shop');
    expect(correct('qqqqq')).toBeUndefined();
    for (let i = 0; i < 5; i++) expect(correct('tiktk')).toBe('tiktok');
    expect(correct('indonsia')).toBeUndefined();
  });
});
