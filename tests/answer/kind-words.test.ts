import { describe, expect, it } from 'vitest';
import { useSharedPageEngine } from '../helpers/drafted-engine.js';

// Words that say what kind of answer is wanted rather than what the question is about, in a briefing drafted from a
// New York Times article on the federal debt (nytimes-4 among Mozilla Readability's test pages).
// - A money word asked about rather than asked for: "what year will interest costs pass the defense budget" names
//   costs and a budget, but its first asking word wants a year. Read as asking for an amount, it was held to the
//   sentences with a money figure, and the one with the year had none.
// - "what job did charles schultze have": the sentence that introduces him says what he was, not "job", and a name
//   matched with a content word left over read as another article's question about him.

const engine = useSharedPageEngine('nytimes-4');

describe('a question naming money but asking for something else', () => {
  it('"what year will interest costs pass the defense budget" gets the sentence with the year', () => {
    const reply = engine().answer('what year will interest costs pass the defense budget');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('the Department of Defense budget in 2023');
  });

  it('"how much will interest payments cost within a decade" still wants a sentence with an amount', () => {
    const reply = engine().answer('how much will interest payments cost within a decade');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/\$\d/);
  });
});

describe('a question asking what a person does', () => {
  it('"what job did charles schultze have" gets the sentence that introduces him', () => {
    const reply = engine().answer('what job did charles schultze have');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('chairman of the Council of Economic Advisers');
  });
});
