import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { useDraftedCatalogue } from '../helpers/drafted-engine.js';

// Routing weighs a question's words by how few briefings use them. A light word that is no dictionary word ("pm",
// "etc") weighs as little there as in the engines: one briefing's "9 pm" must not outweigh another briefing's
// "national security adviser" and keep that briefing from being asked at all.

const all = useDraftedCatalogue([
  {
    id: 'neon-signs',
    title: 'The modern ambitions behind neon',
    paragraphs: [
      'The signs on the boulevard were switched on at 9 pm every night, and crowds gathered to watch them glow.',
      'Neon lighting became a national icon of the 1900s in cities across Europe and America.',
      'Restorers now repair the old tubes by hand in small workshops.',
    ],
  },
  {
    id: 'data-retention',
    title: 'Angry media will not buckle over new surveillance',
    paragraphs: [
      'A new Bill would require telecommunications providers to store metadata for two years.',
      "The Prime Minister's national security adviser, Andrew Shearer, told the committee that journalists would be protected.",
      'Media companies say the Bill would make it impossible to protect the identity of sources.',
    ],
  },
]);

describe('a question with a light word one briefing happens to use', () => {
  it('is answered by the briefing that has its real words', () => {
    const reply = routeQuestion(all(), 'pm national security adviser');
    expect(reply).toMatchObject({ answered: true, pack: 'data-retention' });
    expect(reply.answer).toContain('Andrew Shearer');
  });
});
