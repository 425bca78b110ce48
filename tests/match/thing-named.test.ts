import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "What was the name of the cafe?": a sentence that speaks of "a café" without naming it does not answer. From
// Salon's story on the Sydney siege and Atlas Obscura's on the tarot deck's artist (salon-1 and article-author-tag
// among the saved pages).

const engine = useDraftedEngine('sydney-siege', 'Uber’s surge pricing during the Sydney siege', [
  'In case you missed the story, someone named Man Haron Monis seized hostages in a café that was located in Sydney’s Central Business District.',
  'Uber responded to the panic by raising its prices, charging a minimum of $100 Australian to leave the area.',
  'Like Waite, Smith published her own books on Jamaican folklore, as well as (briefly) her own magazine, The Green Sheaf.',
  'It has a tool, with the Orwellian name the “God View,” that it can use for monitoring customers’ movements.',
]);

describe('the name of a thing', () => {
  it('is not answered by a sentence that only speaks of the thing', () => {
    expect(engine().answer('what was the name of the cafe').answered).toBe(false);
  });

  it('is answered where the article names it after the noun', () => {
    expect(engine().answer("what was the name of smith's magazine").answer).toContain('The Green Sheaf');
    expect(engine().answer("what is the name of uber's tool for tracking customers").answer).toContain('“God View,”');
  });
});
