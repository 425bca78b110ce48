import { describe, expect, it } from 'vitest';
import { decide } from '../../src/answer/confidence.js';
import type { Candidate, Match } from '../../src/match/score.js';

// decide() on hand-made candidates: which entry a question gets once the gates have spoken.

const candidate = (entry: number, score: number, gates: Partial<Candidate> = {}): Candidate => ({
  entry,
  score,
  coverage: score,
  phrasing: score,
  missingKinds: 0,
  missingKeys: [],
  onlyNamesMatched: false,
  loneWord: false,
  drafted: false,
  summary: false,
  unanchored: false,
  lacksCount: false,
  lacksDate: false,
  lacksName: false,
  metricElsewhere: false,
  ...gates,
});

const matchOf = (candidates: Candidate[]): Match => ({
  terms: [],
  unknownKeys: [],
  totalWeight: 1,
  corrections: [],
  leans: false,
  chitChat: false,
  candidates,
});

describe('the best entry lacking only the kind of answer asked ("how much was the TikTok US deal worth")', () => {
  it('declines when the entry it would answer with trails it far, even past one that shares a lone word', () => {
    const decision = decide(
      matchOf([candidate(0, 0.8, { lacksCount: true }), candidate(1, 0.75, { loneWord: true }), candidate(2, 0.5)]),
      0.4,
    );
    expect(decision).toMatchObject({ kind: 'decline', why: 'no_eligible' });
  });

  it('answers with the next entry when it is nearly as good a match', () => {
    const decision = decide(
      matchOf([candidate(0, 0.8, { lacksCount: true }), candidate(1, 0.75, { loneWord: true }), candidate(2, 0.72)]),
      0.4,
    );
    expect(decision).toMatchObject({ kind: 'answer', chosen: { entry: 2 } });
  });

  it('does not count the summary, which quotes the lead without its figures ("how many people did cpd arrest")', () => {
    const decision = decide(
      matchOf([candidate(0, 0.69, { lacksCount: true, summary: true }), candidate(1, 0.56)]),
      0.4,
    );
    expect(decision).toMatchObject({ kind: 'answer', chosen: { entry: 1 } });
  });
});
