import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A results story states its headline number in the standfirst and again in the story; a reply quoting both lists it
// once.

const results = useDraftedEngine('acme-results', 'Acme sales miss, shares fall', [
  'The hardware retailer earned $2.8 billion in the third quarter.',
  'Acme reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower before the opening bell.',
  'The hardware retailer earned $2.8 billion, or $2.53 per diluted share, as revenue rose 3.5 percent to $27.2 billion.',
  'Analysts surveyed by Refinitiv were expecting $2.52 a share on revenue of $27.53 billion.',
]);

describe('the figures under a reply', () => {
  it('lists a number the answer quotes twice only once', () => {
    const reply = results().answer('how much did the hardware retailer earn');
    expect(reply.answered).toBe(true);
    const shown = reply.figures.map((f) => `${f.label}: ${f.value}`);
    expect(shown.filter((line) => line.endsWith('$2.8 billion')).length).toBe(1);
  });
});
