import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/match/normalise.js';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From Digg's round-up of the first Stadia reviews (Zyte's article-extraction benchmark).
const engine = useDraftedEngine(
  'stadia',
  'The Early Reviews For Google Stadia Are Here',
  [
    'Those who anted up $129 for the Google Stadia Founder’s Edition will receive a Stadia controller, a Chromecast Ultra, and three months of the $10-a-month Stadia Pro subscription.',
    'While Google intends to eventually have a back catalog of free games included for your $10 monthly fee, Stadia is not primarily a subscription service.',
    'Stadia’s performance is promising at worst, and impressive at best.',
  ],
  { author: 'Dallas Robinson', outlet: 'Digg' },
);

describe('a price "per month"', () => {
  it('meets the article’s "$10-a-month"', () => {
    expect(normaliseText('the $10-a-month plan')).not.toContain('amonth');
    expect(normaliseText('an e-commerce site')).toContain('ecommerce');
    expect(engine().answer('how much is stadia pro per month').answer).toContain('$10-a-month Stadia Pro');
  });
});
