import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { useDraftedCatalogue } from '../helpers/drafted-engine.js';

// "A&E", "AT&T", "R&D" are names. Split at the ampersand, each letter is too short to count as a word, so a question
// about the A&E staff would be routed on "staff" alone, and another briefing that also has staff (and says "one" and
// "quick" more) would be the only one asked.

const all = useDraftedCatalogue([
  {
    id: 'diet-pills',
    title: 'Student dies after taking diet pills bought online',
    paragraphs: [
      'The student was taken to hospital after she became ill at home in the evening.',
      'As she deteriorated, the staff in A&E did all they could to stabilise her, her mother said.',
      'Police have warned people not to buy the pills on the internet.',
    ],
  },
  {
    id: 'office-rules',
    title: 'Firms bring staff back to the office',
    paragraphs: [
      'One in three firms now asks staff to come to the office at least one day a week.',
      'A quick survey of managers found that most expect the rule to stay for one more year.',
      'Unions say the staff were not asked before the change.',
    ],
  },
]);

describe('a name written with an ampersand', () => {
  it('routes the question to the briefing that names it', () => {
    const reply = routeQuestion(all(), 'quick one: did the a&e staff do what they could?');
    expect(reply).toMatchObject({ answered: true, pack: 'diet-pills' });
    expect(reply.answer).toContain('A&E did all they could');
  });
});
