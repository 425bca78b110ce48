import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A list on the page ("The overall rankings of the countries were as follows:" and then one short line per item) is
// one drafted entry, the sentence that introduces it and every item quoted: each item alone is too short to be an
// entry, so "where did italy rank?" had nothing to match. From CNN's article among the shared test pages (cnn).

const PARAGRAPHS = [
  "But a new report released on Monday by Stanford University's Center on Poverty and Inequality calls that into question.",
  'The overall rankings of the countries were as follows:',
  '1. Finland',
  '2. Norway',
  '3. Australia',
  '7. United Kingdom',
  '8. Italy',
  '9. Spain',
  '10. United States',
  'The low ranking the U.S. received was due to its extreme levels of wealth and income inequality.',
];

const engine = useDraftedEngine('birth-lottery', "The 'birth lottery' and economic mobility", PARAGRAPHS);

describe('a list in a drafted article', () => {
  it('answers a question about one item with the whole list, each line cited', () => {
    const reply = engine().answer('where did italy rank');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The overall rankings of the countries were as follows:');
    expect(reply.answer).toContain('8. Italy');
    expect(reply.citations.map((c) => c.quote)).toEqual(expect.arrayContaining(['8. Italy', '7. United Kingdom']));
  });

  it('keeps the sentences around the list as entries of their own', () => {
    const reply = engine().answer('why did the us rank so low');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('extreme levels of wealth and income inequality');
  });
});
