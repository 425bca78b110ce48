import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A sentence of a few words ("It should not be used in hyperbole.") is too short to be asked about alone, but it is
// part of what its paragraph says: a drafted briefing quotes it with the sentence next to it, so it can be answered.

const engine = useDraftedEngine('short-sentences', 'Literally, a word in trouble', [
  'Literally is one of the most abused words in the English language, says the writer of this column.',
  'So you should only use it when you mean it. It should not be used in hyperbole. Example: “That was so funny I literally cried.” Some jokes are funny enough to bring tears.',
  'Dictionaries have started to list the figurative sense, which the writer finds a shame.',
]);

describe('a short sentence of a paragraph', () => {
  it('is quoted with the sentence next to it, and answers the question it holds', () => {
    const reply = engine().answer('literally hyperbole');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('It should not be used in hyperbole.');
  });
});
