import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD } from '../../src/answer/defaults.js';
import type { Catalogue } from '../../src/briefings/catalogue.js';
import { loadKnowledge } from '../../src/briefings/load-knowledge.js';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { draftedEngine } from '../helpers/drafted-engine.js';

// Routing weighs a question's words by how few briefings use them. A light word that is no dictionary word ("pm",
// "etc") weighs as little there as in the engines: one briefing's "9 pm" must not outweigh another briefing's
// "national security adviser" and keep that briefing from being asked at all.

let all: Catalogue;
const removes: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const neon = await draftedEngine('neon-signs', 'The modern ambitions behind neon', [
    'The signs on the boulevard were switched on at 9 pm every night, and crowds gathered to watch them glow.',
    'Neon lighting became a national icon of the 1900s in cities across Europe and America.',
    'Restorers now repair the old tubes by hand in small workshops.',
  ]);
  const bill = await draftedEngine('data-retention', 'Angry media will not buckle over new surveillance', [
    'A new Bill would require telecommunications providers to store metadata for two years.',
    "The Prime Minister's national security adviser, Andrew Shearer, told the committee that journalists would be protected.",
    'Media companies say the Bill would make it impossible to protect the identity of sources.',
  ]);
  removes.push(neon.remove, bill.remove);
  all = (await loadKnowledge([neon.dir, bill.dir], { threshold: DEFAULT_THRESHOLD })).catalogue;
});

afterAll(async () => {
  for (const remove of removes) await remove();
});

describe('a question with a light word one briefing happens to use', () => {
  it('is answered by the briefing that has its real words', () => {
    const reply = routeQuestion(all, 'pm national security adviser');
    expect(reply).toMatchObject({ answered: true, pack: 'data-retention' });
    expect(reply.answer).toContain('Andrew Shearer');
  });
});
