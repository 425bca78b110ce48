import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isCompoundEnglishWord, isEnglishWord, LONGEST_ENGLISH_WORD } from '../../src/match/common-words.js';
import { isPlaceName } from '../../src/match/place-names.js';

const list: string[] = createRequire(import.meta.url)('an-array-of-english-words/index.json');

describe('telling English words from names', () => {
  it('finds every word of the list by searching its raw text', () => {
    expect(list.filter((word) => !isEnglishWord(word))).toEqual([]);
  });

  it('has no word longer than LONGEST_ENGLISH_WORD, the bound compound checks rely on', () => {
    expect(list.filter((word) => word.length > LONGEST_ENGLISH_WORD)).toEqual([]);
  });

  it('finds nothing that is not in the list', () => {
    const known = new Set(list);
    const near = list.slice(0, 40_000).flatMap((w) => [`${w}q`, `q${w}`]);
    expect(near.filter((w) => !known.has(w) && isEnglishWord(w))).toEqual([]);
    for (const w of ['', 'shopee', 'tiktok', '"', 'a,b', 'zzzzz']) expect(isEnglishWord(w), w).toBe(false);
  });

  it('knows countries that are English words in lower case, and their people', () => {
    for (const w of ['india', 'turkey', 'japan', 'philippines', 'vietnamese']) expect(isPlaceName(w), w).toBe(true);
    for (const w of ['guinea', 'island', 'market']) expect(isPlaceName(w), w).toBe(false);
    // The big cities of the runtime's time zones, but not the ones that are English words first.
    for (const w of ['tokyo', 'jakarta', 'lumpur', 'london']) expect(isPlaceName(w), w).toBe(true);
    for (const w of ['phoenix', 'midway']) expect(isPlaceName(w), w).toBe(false);
  });

  it("reads two English words run together, one of them the article's, as an English word, not as a name", () => {
    const article = new Set(['policy', 'stream', 'app', 'store', 'halibut', 'deal']);
    const known = (half: string) => article.has(half);
    for (const w of ['policymaker', 'livestream', 'superapp']) expect(isCompoundEnglishWord(w, known), w).toBe(true);
    // English words run together, but none the article uses: a company's name ("Albertsons", "Dropbox").
    for (const w of ['shopee', 'lazada', 'tokopedia', 'bitcoin', 'youtube', 'albertsons', 'dropbox', 'beaglebone'])
      expect(isCompoundEnglishWord(w, known), w).toBe(false);
  });
});
