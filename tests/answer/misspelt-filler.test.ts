import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A misspelt filler word of a question ("wat happend", "wher does") is filler: it asks for nothing the answer lacks,
// so the name it asks about is enough to find the sentence.

const engine = useDraftedEngine('misspelt-filler', 'Whales stranded on the coast', [
  'Earlier this year in South Taranaki, a mass stranding left the local tribe struggling to bury dozens of whales.',
  'Rangers from the Department of Conservation said the animals had been in the bay for two days.',
  'Volunteers in Whangarei carved the bones of an earlier stranding into tools and jewellery.',
]);

describe('a misspelt filler word', () => {
  it('"wat happend in south taranaki" gets the sentence about South Taranaki', () => {
    const reply = engine().answer('wat happend in south taranaki');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('South Taranaki');
  });
});

describe('a four-letter filler word typed with two letters swapped', () => {
  it('"waht did ...", "wehn did ..." are still filler, not names the briefing lacks', () => {
    for (const q of ['waht did volunteers in whangarei carve the bones into', 'wehn did volunteers carve the bones']) {
      const reply = engine().answer(q);
      expect(reply.answered, q).toBe(true);
      expect(reply.answer, q).toContain('Volunteers in Whangarei carved the bones');
    }
  });
});
