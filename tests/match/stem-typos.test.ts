import { describe, expect, it } from 'vitest';
import { buildSpellingCorrector } from '../../src/match/fuse-index.js';
import { packWordsByStem } from '../../src/match/pack-stems.js';
import { buildStemCorrector } from '../../src/match/stem-typos.js';

// Typos from question sets written for real articles, whose text has the word only in another form.
const words = ['sponsors', 'murdering', 'criticized', 'form', 'taking', 'visits', 'tiktok'];
const correct = buildStemCorrector(packWordsByStem(words));

describe('a typo of a word the article writes in another form', () => {
  it('is read as that word, where the corrector finds nothing', () => {
    expect(buildSpellingCorrector(words)('sponser')).toBeUndefined();
    expect(correct('sponser')).toBe('sponsors');
    expect(correct('murdr')).toBe('murdering');
    expect(correct('critize')).toBe('criticized');
  });

  it('is read through a word people say one edit away, when that word is a form of it', () => {
    // "what is battin charegd with": "charged" is one swap away, "charges" two.
    const charges = buildStemCorrector(packWordsByStem(['charges', 'warrants']));
    expect(charges('charegd')).toBe('charges');
    expect(charges('chargse')).toBe('charges');
  });

  it('is not guessed for a short word or one a stemmer cuts short', () => {
    // "did the fed cut rates at the last fomc": no "form"; "take rate" is a metric the article may not give.
    expect(correct('fomc')).toBeUndefined();
    expect(correct('takerate')).toBeUndefined();
  });
});
