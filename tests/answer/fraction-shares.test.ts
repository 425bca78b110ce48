import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "What share of ..." wants a share, and an article gives one as a fraction as often as a percentage: "nearly a third
// of carbon emissions" answers it. Read as giving no share, such a sentence was held back and the question declined.

const engine = useDraftedEngine('fraction-shares', 'Buildings and the climate', [
  'After all, buildings account for nearly a third of carbon emissions, and their energy use is largely set by occupants.',
  'The state sends two-thirds of its electricity generation through the grid to nearby states, the utility said.',
  'Researchers tested a new cooling model in sealed chambers with sixteen volunteers over two summers in Maastricht.',
]);

describe('a share written as a fraction', () => {
  it.each([
    ['what share of carbon emissions come from buildings', 'nearly a third of carbon emissions'],
    ['what proportion of its electricity does the state send to nearby states', 'two-thirds of its electricity'],
  ])('"%s" is answered with "%s"', (question, share) => {
    const reply = engine().answer(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(share);
  });

  it('a sentence with no share at all still does not answer "what share"', () => {
    expect(engine().answer('what share of the volunteers were tested in maastricht').answered).toBe(false);
  });
});
