import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../src/match/spelling-variants.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A question may spell a word the British way and its article the American way, or the other way round; neither is a
// typo. From the AP's story on South Korea's martial law (schema-org-context-object among the saved pages), and a
// British report written for this test.

const american = useDraftedEngine('martial-law', 'South Korea’s president faces impeachment vote', [
  'Since then, he has accepted the resignation of his defense minister Kim Yong-hyun, who said he took full responsibility for what happened.',
  'Opposition lawmakers submitted a motion to impeach the president on Wednesday.',
]);

const british = useDraftedEngine('city-centre', 'Council reopens the city centre theatre', [
  'The council said the organisation that runs the theatre had travelled to three other cities to study their programmes.',
  'The refurbished theatre in the city centre will reopen in March after a two-year closure.',
]);

describe('British and American spellings', () => {
  it('meet in one spelling, whichever the question and the article use', () => {
    const reply = american().answer('who was the defence minister that resigned');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('resignation of his defense minister Kim Yong-hyun');
    const other = british().answer('how many cities did the organization that runs the theater travel to');
    expect(other.answered).toBe(true);
    expect(other.answer).toContain('the organisation that runs the theatre had travelled');
  });

  it('respell only the endings that differ, so other words keep their meaning', () => {
    expect(
      ['organisation', 'colourful', 'centres', 'defence', 'catalogue', 'programme', 'travelled'].map(americanSpelling),
    ).toEqual(['organization', 'colorful', 'centers', 'defense', 'catalog', 'program', 'traveled']);
    // "filling" is no British "filing", and "store" no "stoer".
    expect(['filling', 'spelling', 'store', 'entire'].map(americanSpelling)).toEqual([
      'filling',
      'spelling',
      'store',
      'entire',
    ]);
  });
});
