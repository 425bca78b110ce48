import { describe, expect, it } from 'vitest';
import { buildSpellingCorrector, editDistance } from '../../src/match/fuse-index.js';

describe('correcting typos against the pack vocabulary', () => {
  const correct = buildSpellingCorrector(['tiktok', 'xiaohongshu', 'bytedance', 'indonesia', 'shop', 'southeast']);

  it('fixes a dropped letter in a name', () => {
    expect(correct('xiaohongsu')).toBe('xiaohongshu');
    expect(correct('tiktk')).toBe('tiktok');
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

  it('does not turn another company into a pack word', () => {
    expect(correct('shopee')).toBeUndefined();
    expect(correct('lazada')).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('shpo', 'shop', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
