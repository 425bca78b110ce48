import { describe, expect, it } from 'vitest';
import { decodeAnswerRef, encodeAnswerRef, MAX_BUTTON_VALUE } from '../../src/render/button-value.js';

describe('Button values', () => {
  it('round-trip the entry and question', () => {
    const ref = { entryId: 'a-b', question: 'What is "RedNote"?' };
    expect(decodeAnswerRef(encodeAnswerRef(ref))).toEqual(ref);
  });

  it("stay within Slack's 2,000-character limit even for a question full of characters JSON must escape", () => {
    const value = encodeAnswerRef({ entryId: 'a', question: '"\u0001'.repeat(2000) });
    expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    expect(decodeAnswerRef(value)?.entryId).toBe('a');
  });

  it('decode to undefined when tampered with', () => {
    expect(decodeAnswerRef('not json')).toBeUndefined();
    expect(decodeAnswerRef('{"x":1}')).toBeUndefined();
  });
});
