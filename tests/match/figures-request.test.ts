import { describe, expect, it } from 'vitest';
import { asksForFigures } from '../../src/match/figures-request.js';
import { normaliseText } from '../../src/match/normalise.js';

const asks = (question: string) => asksForFigures(normaliseText(question));

describe('a request for the briefing figures as a whole', () => {
  it('is told by its words, however it is put', () => {
    for (const question of [
      'What are the key numbers?',
      'give me the figures',
      'any stats?',
      'key figures pls',
      'what numbers does the article give?',
      'can you list the key figures in this piece?',
      '关键数字有哪些？',
    ])
      expect(asks(question), question).toBe(true);
  });

  it('is not a question about one figure or one topic', () => {
    for (const question of [
      'what are the numbers on tiktok shop?',
      'what is the figure for temu',
      'how big are the numbers',
      'any data?',
    ])
      expect(asks(question), question).toBe(false);
  });
});
