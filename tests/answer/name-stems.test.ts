import { describe, expect, it } from 'vitest';
import { useSharedPageEngine } from '../helpers/drafted-engine.js';

// A one-word name whose stem is an everyday word ("the Times" -> "time", "Steve Jobs" -> "jobs") names its paper or
// person only as written: the New York Times story among Mozilla Readability's test pages calls itself "the Times",
// and "at the time" in a question is no key that every answer must name.

const engine = useSharedPageEngine('nytimes-4');

describe('a one-word name whose stem is an everyday word', () => {
  it('is not read into a question that uses the everyday word', () => {
    const reply = engine().answer('how did warner talk about the 2009 stimulus at the time');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('when Congress passed an $800 billion stimulus bill');
  });
});
