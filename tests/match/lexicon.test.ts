import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/match/analyse.js';
import { buildLexicon } from '../../src/match/lexicon.js';

// Names that are everyday words in lower case must be typed as names to count as them.

const lexicon = buildLexicon({
  entities: [
    { id: 'the-times', name: 'The Times', terms: ['The Times'] },
    { id: 'united-states', name: 'United States', terms: ['US', 'United States'] },
  ],
  synonyms: [],
});
const concepts = (text: string) => analyseText(text, lexicon).terms.map((t) => t.term);

describe('capital-only names', () => {
  it('reads "The Times" as the paper only when written with its capital', () => {
    expect(concepts('when did he join the Times')).toContain('@the-times');
    expect(concepts('He joined The Times in 2007')).toContain('@the-times');
    expect(concepts('how did warner talk about the 2009 stimulus at the time')).not.toContain('@the-times');
  });

  it('reads "US" as the country and "us" as a pronoun', () => {
    expect(concepts('how big is it in the US')).toContain('@united-states');
    expect(concepts('tell us about it')).not.toContain('@united-states');
  });
});
