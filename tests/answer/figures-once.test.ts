import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A results story states its headline number in the standfirst and again in the story; a reply quoting both lists it
// once. A drafted sentence's years are in its words already: they are listed only when the question asks for one.

const results = useDraftedEngine('acme-results', 'Acme sales miss, shares fall', [
  'The hardware retailer earned $2.8 billion in the third quarter.',
  'Acme reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower before the opening bell.',
  'The hardware retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5 percent to $27.2 billion.',
  'Analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of $27.53 billion.',
  'The retailer expects sales to grow 1.8 percent in 2020, down from its earlier guidance.',
]);

describe('the figures under a reply', () => {
  it('lists a number the answer quotes twice only once', () => {
    const reply = results().answer('how much did the hardware retailer earn');
    expect(reply.answered).toBe(true);
    const shown = reply.figures.map((f) => `${f.label}: ${f.value}`);
    expect(shown.filter((line) => line.endsWith('$2.8 billion')).length).toBe(1);
  });

  it('lists no year of the sentence, unless the question asks when', () => {
    const growth = results().answer('how much does the retailer expect sales to grow');
    expect(growth.answered).toBe(true);
    expect(growth.figures.map((f) => f.value)).toEqual(['1.8 percent']);
    const when = results().answer('when does the retailer expect sales to grow 1.8 percent');
    expect(when.answered).toBe(true);
    expect(when.figures.map((f) => f.value)).toContain('2020');
  });
});
