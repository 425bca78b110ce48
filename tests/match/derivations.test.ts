import { describe, expect, it } from 'vitest';
import { packWordOfFamily } from '../../src/match/derivations.js';
import { stemWord } from '../../src/match/lexicon.js';

// Which of a pack's words a word it does not use is read as (scripts/derivations.ts writes the families).

const packWords = (...words: string[]) => new Map(words.map((word) => [stemWord(word), word]));

describe('the pack word of a word’s family', () => {
  it('joins the forms the stemmer cannot, as the pack writes them', () => {
    expect(packWordOfFamily('die', packWords('deaths'))).toBe('deaths');
    expect(packWordOfFamily('discover', packWords('discovery'))).toBe('discovery');
    expect(packWordOfFamily('testify', packWords('testimony'))).toBe('testimony');
  });

  it('does not read one who does a thing as the doing ("does rigs have a single player mode")', () => {
    expect(packWordOfFamily('player', packWords('play', 'plays'))).toBeUndefined();
    expect(packWordOfFamily('starter', packWords('start'))).toBeUndefined();
    expect(packWordOfFamily('leader', packWords('lead'))).toBeUndefined();
  });

  it('leaves metric words and names to their own rules', () => {
    expect(packWordOfFamily('cost', packWords('costing'))).toBeUndefined();
    expect(packWordOfFamily('african', packWords('africa'))).toBeUndefined();
  });

  it('finds nothing for a word with no family in the pack', () => {
    expect(packWordOfFamily('die', packWords('weather', 'model'))).toBeUndefined();
  });
});
