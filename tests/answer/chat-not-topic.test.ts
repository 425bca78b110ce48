import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "Prepping the deck for our monday sync, dumb q: is the bug new?": the chat around a question at work is never what it
// is about, so it does not make the question look like one about something the briefing lacks.

const engine = useDraftedEngine('chat-not-topic', 'Minecraft servers can be crashed by one packet', [
  'A researcher found that a single crafted packet can crash a Minecraft server.',
  'The bug has been present in the game since version 1.8, released in 2014.',
  'Mojang has not fixed it in the two years since it was reported.',
]);

describe('a question wrapped in work chat', () => {
  it('is answered as the question alone would be', () => {
    const reply = engine().answer('prepping the deck for our monday sync, dumb q: is the bug new?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The bug has been present in the game since version 1.8');
  });

  it("is answered when the asker's own story runs into it with a comma", () => {
    const reply = engine().answer('writing up a recap for our office channel, has mojang fixed the crash bug yet?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Mojang has not fixed it');
  });

  it('still declines a question about something else in the same chat', () => {
    expect(
      engine().answer('prepping the deck for our monday sync, dumb q: what is the weather in paris?').answered,
    ).toBe(false);
  });
});
