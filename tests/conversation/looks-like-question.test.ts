import { describe, expect, it } from 'vitest';
import { looksLikeQuestion } from '../../src/conversation/looks-like-question.js';

describe('telling a question from talk in a thread', () => {
  it('counts a question mark at the end, or a start the way questions start', () => {
    for (const text of [
      'and in Southeast Asia?',
      'why',
      'who said that',
      'is it true they bought Tokopedia',
      'Siapa Jian Xu',
      '他在哪里工作',
      'ok, why?',
    ])
      expect(looksLikeQuestion(text), text).toBe(true);
  });

  it('leaves talk, thanks and reactions alone', () => {
    for (const text of [
      'lol nice, see you at lunch',
      'thanks!',
      'will do',
      'have a good one',
      ':+1:',
      '',
      'and then we left',
    ])
      expect(looksLikeQuestion(text), text).toBe(false);
  });
});
