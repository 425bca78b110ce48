import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "What does Eve Valkyrie cost?" of a review that lists each game with its price: "cost" asks for the price, a kind
// of answer, so it is no topic word the article fails to use, and the line giving the game's price answers it.

// Lines of a Yahoo review of PlayStation VR's launch games among Mozilla Readability's test pages (yahoo-1).
const PARAGRAPHS = [
  'Sony’s PlayStation VR launches this week with a lineup of games that range from brilliant to forgettable.',
  '“Eve Valkyrie” ($60)',
  'In Eve Valkyrie you pilot a fighter through huge space battles between capital ships.',
  '“RIGS: Machine Combat League” ($50)',
  'A competitive shooter where teams of three pilot giant mechs around an arena.',
];

const engine = useDraftedEngine('psvr-games', 'The best PlayStation VR launch games', PARAGRAPHS);

describe('a question asking what something costs', () => {
  it('is answered by the line that gives its price', () => {
    const reply = engine().answer('what does eve valkyrie cost');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('“Eve Valkyrie” ($60)');
  });
});
