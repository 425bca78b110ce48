import { describe, expect, it } from 'vitest';
import type { QaEntry } from '../../src/knowledge/schema.js';
import { NEIGHBOUR_SHARE, neighbourTerms } from '../../src/match/neighbour-terms.js';

// A drafted sentence covers, a little, the words of the sentences beside it in its paragraph ("She was staying at the
// London West Hollywood" after the sentence that names Lupita Nyong'o), so a question whose words are split between
// them still reaches the one that answers.

function entry(id: string, paragraph: number, draft = true): QaEntry {
  return {
    id,
    question: `What does the article say about ${id}?`,
    alternates: ['a', 'b', 'c'],
    answer: id,
    figures: [],
    tags: ['t'],
    citations: [{ source: 'article', paragraph, quote: id }],
    not_stated: [],
    draft,
  };
}

const terms = (pairs: [string, number][]) => new Map(pairs);

describe('the words a drafted sentence borrows from its neighbours', () => {
  const entries = [entry('p1-s1', 1), entry('p1-s2', 1), entry('p2-s1', 2), entry('curated', 2, false)];
  const own = [
    terms([
      ['@lupita-nyong-o', 1],
      ['hotel', 0.6],
    ]),
    terms([
      ['stay', 0.6],
      ['hotel', 0.6],
      ['?where', 1],
    ]),
    terms([['polic', 0.6]]),
    terms([['pearl', 1]]),
  ];
  const borrowed = neighbourTerms(entries, own);

  it('are the words of the sentence before and after in the same paragraph, at a share of their weight', () => {
    expect(borrowed[1].get('@lupita-nyong-o')).toBeCloseTo(NEIGHBOUR_SHARE);
    expect(borrowed[0].get('stay')).toBeCloseTo(NEIGHBOUR_SHARE * 0.6);
  });

  it('leave out what the sentence has itself, question kinds, other paragraphs and curated entries', () => {
    expect(borrowed[1].has('hotel')).toBe(false);
    expect(borrowed[0].has('?where')).toBe(false);
    expect(borrowed[2].has('stay')).toBe(false);
    expect(borrowed[2].has('pearl')).toBe(false);
    expect(borrowed[3].size).toBe(0);
  });
});
