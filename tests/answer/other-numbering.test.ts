import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// The same name with another number is another product or period: Engadget's Xbox One X review (among Mozilla
// Readability's test pages) gives the PS4 Pro's memory, not the PS5's.

const engine = useDraftedEngine('xbox-one-x', 'Xbox One X review: A console for the 4K future', [
  "The PS4 Pro has only 8GB of RAM and tops out at 4.2 teraflops. Microsoft's console is clearly the more powerful machine.",
  'In practice, though, it really just puts Microsoft on equal footing with Sony’s PlayStation 4 Pro.',
  'The Xbox One X costs $499 and ships on November 7th.',
]);

describe('a name with another number than the briefing’s', () => {
  it('is another thing the briefing does not cover', () => {
    const reply = engine().answer('how much ram does the ps5 have');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain('"ps5"');
  });

  it('while the name the briefing writes is answered', () => {
    expect(engine().answer('how much ram does the ps4 pro have').answer).toContain('The PS4 Pro has only 8GB of RAM');
  });
});
