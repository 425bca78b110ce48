import { describe, expect, it } from 'vitest';
import { unknownWordKind } from '../../src/match/analyse.js';

// A word the pack never uses is a name it lacks (weighty: the question is about something else) or an everyday word
// (light). A typo of an English word is the latter, however the dictionary spells it.

const kind = (word: string) => unknownWordKind(word, 'word', new Set());

describe('telling a typo of an English word from a name', () => {
  it('reads swapped letters, a missing letter in a long word and an unlisted ending as English', () => {
    for (const word of ['invovled', 'happend', 'involvd', 'onboarding']) expect(kind(word), word).toBe('everyday');
  });

  it('keeps names as names, including ones a letter away from a short English word', () => {
    for (const word of ['shopee', 'lazada', 'biden', 'bitcoin', 'kuaishou']) expect(kind(word), word).toBe('name');
  });

  it('keeps well-known names typed in lower case as names, though each reads as two English words', () => {
    // "micro" + "soft", "hill" + "ary".
    for (const word of ['microsoft', 'hillary']) expect(kind(word), word).toBe('name');
  });

  it("reads an organisation's initials as a name, and other short words as abbreviations", () => {
    for (const word of ['nba', 'fbi', 'cia', 'bbc']) expect(kind(word), word).toBe('name');
    for (const word of ['thx', 'nxt', 'pls']) expect(kind(word), word).toBe('everyday');
  });
});
