import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A word the article hyphenates and a question joins ("sign-ups" / "signups", "Wi-Fi" / "wifi", "co-authors" /
// "coauthors"): read as the article's two words, the question shares them with the sentence that answers it.

const engine = useDraftedEngine('joined-words', 'A video start-up grows', [
  'Vidyard, a video platform based in Canada, said on Tuesday that it had redesigned its recording tool for remote teams.',
  'The company saw a 400 percent increase in new monthly sign-ups for the tool since March.',
  'Most travellers connect to free Wi-Fi at airports and hotels without a second thought about who else is on it.',
  'The researchers who ran the machine would be listed as co-authors on the paper today, the historian said.',
]);

describe('a word the article hyphenates, typed as one', () => {
  it.each([
    ['how much did signups go up', 'sign-ups'],
    ['do travellers worry about airport wifi', 'Wi-Fi'],
    ['would they be coauthors today', 'co-authors'],
  ])('"%s" gets the sentence saying "%s"', (question, word) => {
    const reply = engine().answer(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(word);
  });

  it('a joined word the article never writes at all is still unknown', () => {
    expect(engine().answer('how many logins did the tool have').answered).toBe(false);
  });
});
