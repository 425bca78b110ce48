import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A review lists each game by name with its price under it. "how much is the batman arkham vr game" shares only the
// name with that line, yet the line holds what was asked: the price.

const engine = useDraftedEngine('named-price', 'The best virtual reality games at launch, ranked', [
  'Sony’s headset arrives this week with dozens of games, and these are the ones worth playing first.',
  '“Batman Arkham VR” ($20)',
  'You are Batman, solving a murder in Gotham with a gadget in each hand and a cape you can almost feel.',
  '“Eve Valkyrie” ($60)',
  'A space dogfighting game that makes you feel like a pilot, as long as your stomach holds.',
]);

describe('a price given beside a name', () => {
  it('answers how much the named thing costs', () => {
    expect(engine().answer('how much is the batman arkham vr game').answer).toContain('$20');
    expect(engine().answer('eve valkyrie price').answer).toContain('$60');
  });
});
