import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { useDraftedCatalogue } from '../helpers/drafted-engine.js';

// A word no briefing uses is read as the word it is most likely a misspelling of. "momentm" is one letter from
// "momentum" and one from "moment": read as the more common "moment" alone, the briefing about Momentum Works lost
// the question to one that says "moment".

const all = useDraftedCatalogue([
  {
    id: 'regional-shopping',
    title: 'Online shopping grows across the region',
    paragraphs: [
      'Momentum Works, a research firm based in Singapore, estimates that online shopping in the region grew by a fifth last year.',
      'Its analysts expect growth to slow as more shoppers reach the age of spending less.',
    ],
  },
  {
    id: 'headset-review',
    title: 'A headset that works at every moment',
    paragraphs: [
      'At no moment did the headset feel heavy, and it works with the apps most people already use.',
      'The display is based on two small panels, one for each eye.',
    ],
  },
  {
    id: 'city-budget',
    title: 'The city budget at a difficult moment',
    paragraphs: [
      'The council voted on the budget at a difficult moment for the city, with public works delayed.',
      'Most of the money is for schools and roads.',
    ],
  },
]);

describe('a misspelt word among several briefings', () => {
  it('counts for every briefing using a word equally near it', () => {
    expect(all().nearestWords('momentm')).toEqual(expect.arrayContaining(['moment', 'momentum']));
  });

  it('is answered by the briefing whose article has the name misspelt', () => {
    const reply = routeQuestion(all(), 'wher is momentm works based');
    expect(reply).toMatchObject({ answered: true, pack: 'regional-shopping' });
    expect(reply.answer).toContain('based in Singapore');
  });
});
