import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "What's the name of Yoon's wife?" asks for a person by what they are (WordNet's nouns for kinds of person), so a
// sentence about her that names only Yoon and a party is a near miss; one that names the person asked for answers.

const engine = useDraftedEngine('person-asked', 'South Korea’s president apologises for martial law', [
  'Yoon apologised on Saturday for the martial law declaration, in his first public appearance since.',
  "Yoon's wife has been accused by the Democratic Party of accepting a luxury handbag as a gift.",
  'Defense minister Kim Yong-hyun resigned on Wednesday, saying he took full responsibility.',
  'The opposition bloc holds 192 of the 300 seats in the legislature.',
]);

describe('a question asking for a kind of person by name', () => {
  it('is declined when the sentence about them names no person the question does not', () => {
    for (const q of ["what's the name of yoon's wife", 'what is yoon’s wife called'])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it('is answered when the sentence names the person', () => {
    const reply = engine().answer('who is the defense minister that resigned');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Kim Yong-hyun resigned');
  });
});
