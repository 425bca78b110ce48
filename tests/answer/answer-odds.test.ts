import { describe, expect, it } from 'vitest';
import { answerOdds } from '../../src/answer/answer-odds.js';
import type { Candidate, Match } from '../../src/match/score.js';

// The odds that a drafted sentence is the right answer, read from what the question asks as well as from how well the
// sentence matches it. Near misses that ask for a name the article does not give ("who designed the dress", "which
// satellite was it carrying") were the out-of-scope questions drafted briefings answered most, so the fitted model
// takes a question asking for a name as riskier than the same match asking something else.

const candidate: Candidate = {
  entry: 0,
  score: 0.62,
  coverage: 0.6,
  phrasing: 0.5,
  missingKinds: 0,
  missingKeys: [],
  onlyNamesMatched: false,
  loneWord: false,
  drafted: true,
  unanchored: false,
  lacksCount: false,
  lacksDate: false,
  lacksName: false,
  metricElsewhere: false,
};

const match = (asks: Partial<Match>): Match => ({
  terms: [],
  unknownKeys: [],
  totalWeight: 6,
  corrections: [],
  leans: false,
  chitChat: false,
  asksName: false,
  asksReason: false,
  candidates: [candidate],
  ...asks,
});

const chance = (asks: Partial<Match>) =>
  answerOdds({
    match: match(asks),
    chosen: candidate,
    next: undefined,
    confidence: 0.62,
    offTopicShare: 0,
    aboutUnknown: false,
  }).chance;

describe('the odds of a drafted answer', () => {
  it('are lower when the question asks for a name, the match being the same', () => {
    expect(chance({ asksName: true })).toBeLessThan(chance({}));
  });

  it('read what the question asks as features ask --explain shows', () => {
    const { features } = answerOdds({
      match: match({ asksName: true, asksReason: true }),
      chosen: candidate,
      next: undefined,
      confidence: 0.62,
      offTopicShare: 0,
      aboutUnknown: false,
    });
    expect(features).toMatchObject({ asksName: 1, asksReason: 1 });
  });
});
