import { describe, expect, it } from 'vitest';
import { readRoutingWords, routingWords } from '../../src/briefings/routing-words.js';

// "add-on", "log-in", "roll-out": a word and its particle make a noun of their own. Read as "add", "what is an add-on
// basically" went to a page about compiling add.c (session 11's mozilla-1-A set, served with seven other briefings),
// whose engine answered on "add" more surely than the browser page's.

const asked = (q: string) => readRoutingWords(q).map((w) => w.word);

describe('a word joined to its particle by a hyphen', () => {
  it('is a word of its own in a question and in a pack, beside its parts', () => {
    expect(asked('what is an add-on basically')).toEqual(expect.arrayContaining(['addon', 'add']));
    expect(routingWords('Thousands of add-ons let you change how your browser works.').has('addon')).toBe(true);
    expect(asked('when does the roll-out start')).toContain('rollout');
  });

  it('is not made of the verb written apart: "add on", "roll out"', () => {
    expect(asked('can i add on a second screen')).not.toContain('addon');
    expect(asked('when do they roll out the update')).not.toContain('rollout');
  });
});
