import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// Articles print "Māori"; people type "maori".

const engine = useDraftedEngine('accents', 'Whales stranded in New Zealand', [
  'Twelve sperm whales stranded on the coast of Kaupokonui last week, and volunteers could save only two of them.',
  'Māori harvest rights over dead whales have only been officially recognised since 2012.',
  'The Department of Conservation said strandings had doubled this season.',
  'Volunteers kept the whales wet for nine hours before the tide came back in.',
]);

describe('accented words', () => {
  it('are found as people type them, without the accents', () => {
    expect(engine().answer('since when have maori had rights to dead whales').answer).toContain('since 2012');
  });
});
