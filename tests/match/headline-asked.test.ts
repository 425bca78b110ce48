import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From Quanta's "The Hidden Heroines of Chaos" (Mozilla Readability's quanta-1): a sentence with "titled" in it had
// answered "whats the headline", as it uses the question's words more densely than the headline's own entry does.
const engine = useDraftedEngine(
  'headline',
  'The Hidden Heroines of Chaos',
  [
    'A little over half a century ago, chaos started spilling out of a famous experiment.',
    'The meeting would honor Lorenz, who died in 2008, so Rothman revisited Lorenz’s epochal paper, a masterwork on chaos titled “Deterministic Nonperiodic Flow.” Published in 1963, it has since attracted thousands of citations.',
  ],
  { author: 'Joshua Sokol', outlet: 'Quanta Magazine' },
);

describe('"whats the headline"', () => {
  it('is answered with the headline, not a sentence saying "titled"', () => {
    const reply = engine().answer('whats the headline');
    expect(reply.answer.split('\n')[0]).toBe('The Hidden Heroines of Chaos');
  });

  it('still finds the sentence for the title of something the article names', () => {
    expect(engine().answer('what was lorenz’s paper titled').answer).toContain('Deterministic Nonperiodic Flow');
  });
});
