import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { useDraftedCatalogue } from '../helpers/drafted-engine.js';

// In a channel whose default is one briefing, a question in everyday words only ("how does the author describe the
// pass-it-now-fix-it-later approach") may share more of its words with another briefing that happens to say "fix",
// "pass" and "approach". Those words say nothing about which article it is about, so the default's answer stands; a
// name only the other briefing uses still sends the question there.

const all = useDraftedCatalogue([
  {
    id: 'data-retention',
    title: 'Angry media will not buckle over new surveillance',
    paragraphs: [
      'A new Bill would require telecommunications providers to store metadata for two years.',
      'The bottom line is that the Government does not deny that the legislation is flawed, but is demanding it be passed anyway with the possibility left open of a repair job.',
      'That is a ridiculous approach, and the media will not buckle.',
      'Media companies say the Bill would make it impossible to protect the identity of sources.',
    ],
  },
  {
    id: 'pothole-crews',
    title: 'The crews who fix the potholes',
    paragraphs: [
      'Crews pass each street twice a week, and a new approach lets them fix most potholes within a day.',
      'Later this year the city will try a quicker asphalt mix on the busiest avenues.',
      'Drivers in Queens reported the most potholes last winter.',
    ],
  },
]);

describe('a question in everyday words in a channel with a default briefing', () => {
  it("is answered by the channel's briefing", () => {
    const reply = routeQuestion(all(), 'how does the author describe the pass-it-now-fix-it-later approach', {
      prefer: 'data-retention',
    });
    expect(reply).toMatchObject({ answered: true, pack: 'data-retention' });
    expect(reply.answer).toContain('That is a ridiculous approach');
  });

  it('still goes to the other briefing when it names what only that one covers', () => {
    const reply = routeQuestion(all(), 'which potholes in queens did the crews fix', { prefer: 'data-retention' });
    expect(reply).toMatchObject({ answered: true, pack: 'pothole-crews' });
  });
});
