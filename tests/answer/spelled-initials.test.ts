import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "What does X stand for" asks for the words an abbreviation spells, which an article may give without brackets:
// Lifehacker's piece on shopping habits (among Mozilla Readability's test pages) names the "HALT" method and then
// the four words, and the ACLU's on tracking writes "personally identifiable information" (PII) in quotes.

const PARAGRAPHS = [
  'Block shopping web sites during time periods you know you are at your weakest, or remove your saved card details.',
  'You can also practice the "HALT" method when you are shopping online or in a store. Try not to buy things when you are Hungry, Angry, Lonely, or Tired.',
  'Trackers collect "personally identifiable information" (PII) like names or email addresses.',
  'The HALT rule is simple to remember, and it works in any store.',
];

const engine = useDraftedEngine('shopping', 'How to stop impulse buying', PARAGRAPHS);

describe('"what does X stand for"', () => {
  it('is answered by the sentence whose words spell the abbreviation', () => {
    const reply = engine().answer('what does HALT stand for');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Hungry, Angry, Lonely, or Tired');
  });

  it('is answered by a spelling-out in quotes before the brackets', () => {
    const reply = engine().answer('what does PII stand for');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('"personally identifiable information" (PII)');
  });
});
