import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/briefings/route-question.js';
import { useDraftedCatalogue } from '../helpers/drafted-engine.js';

// A word no briefing uses is read as the word it is most likely a misspelling of. "momentm" is one letter from
// "momentum" and one from "moment": read as the more common "moment" alone, the briefing about Momentum Works lost
// the question to one that says "moment". And a misspelt everyday word weighs as the everyday word it is: "handel"
// (for "handle") had weighed as a rare name, so the one briefing saying "handle" outweighed the one about pipes.

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
      'The display is based on two small panels, one for each eye, and the cable lines up better than the old one in the cold.',
    ],
  },
  {
    id: 'winter-pipes',
    title: 'How winter wreaks havoc on city pipes',
    paragraphs: [
      'Water mains burst when the ground freezes around them, and the cold cracks old cast iron pipes.',
      'The city’s sewer lines are less affected by cold weather because they are buried deeper, below the frost line.',
    ],
  },
  {
    id: 'city-budget',
    title: 'The city budget at a difficult moment',
    paragraphs: [
      'The council voted on the budget at a difficult moment for the city, with public works delayed.',
      'Most of the money is for schools and roads, and the council will handle any shortfall.',
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

describe('a misspelt everyday word among several briefings', () => {
  it('weighs as the everyday word, so the briefing with the rest of the question answers', () => {
    const reply = routeQuestion(all(), 'why do sewr lines handel the cold better than other pipes');
    expect(reply).toMatchObject({ answered: true, pack: 'winter-pipes' });
    expect(reply.answer).toContain('less affected by cold weather');
  });
});
