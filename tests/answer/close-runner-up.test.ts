import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A drafted sentence is quoted with the runner-up when that one scores close to it: the sentence that answers is often
// the second. From the New York Times' story of winter under the city's streets (among Mozilla Readability's test
// pages): a subheading matches the question's words, and the paragraph under it answers.

const PARAGRAPHS = [
  'Some pipes that are more than a century old hold up because they were built with a thicker grade of cast iron, according to Environmental Protection Department officials. For less healthy ones, the agency has invested more than $1 billion in the past five years — with an additional $1.4 billion budgeted over the next five years — for upgrades and replacements. New pipes will be made of a more durable, graphite-rich cast iron known as ductile iron.',
  'Matt Cruz snowboarded through Manhattan’s Lower East Side after a snowstorm in 2016 left the streets coated in slush and rock salt.',
  'Construction during the winter isn’t always a good idea',
  'Of course, winter also poses problems aboveground. Most nonemergency repair and construction work involving concrete is halted because concrete and some types of dirt, used to fill in trenches, freeze in colder temperatures, said Ian Michaels, a spokesman for the city’s Department of Design and Construction.',
  'Digging by hand is also a challenge in frozen ground, so many excavations that are close to pipes and other utilities are put off, Mr. Michaels said.',
];

const engine = useDraftedEngine('winter-streets', 'Under the City’s Streets, A Battle Against Winter', PARAGRAPHS);

describe('a close runner-up', () => {
  it('is quoted beside the sentence chosen', () => {
    const reply = engine().answer(
      'prepping a piece on construction season - does the city basically stop construction in winter?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Most nonemergency repair and construction work involving concrete is halted');
  });
});
