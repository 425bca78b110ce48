import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "what does NBT stand for" asks for the words an abbreviation stands for: only a sentence that spells it out
// ("Named Binary Tag (NBT)", "CRE (carbapenem-resistant enterobacteriaceae)", "L.E.A.N. stands for ...") answers.
// An abbreviation the article never spells out is declined, however often it is named.

const engine = useDraftedEngine('spelled-out', 'A crash bug in a block game', [
  'A flaw in the game lets anyone crash a server by sending one crafted packet, a programmer said on Monday.',
  'Items can store metadata in a file format known as Named Binary Tag (NBT), which allows data to be nested.',
  'The NBT data of the packet is nested hundreds of times, so the server runs out of memory reading it.',
  'Researchers at ISEAS said the NBT bug was the worst they had seen this year, and ISEAS asked for a fix.',
]);

describe('what an abbreviation stands for', () => {
  it('is answered by the sentence that spells it out', () => {
    for (const question of ['what does NBT stand for', 'nbt is short for what?']) {
      const reply = engine().answer(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.answer, question).toContain('Named Binary Tag (NBT)');
    }
  });

  it('is declined when the article never spells it out', () => {
    expect(engine().answer('what does ISEAS stand for').answered).toBe(false);
  });
});
