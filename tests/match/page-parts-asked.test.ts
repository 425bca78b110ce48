import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From CNET on Mark Zuckerberg's deals (Mozilla Readability's cnet page): the caption under its photo, then the text.
const engine = useDraftedEngine(
  'caption',
  'Zuckerberg offers peek at Facebook’s acquisition strategies',
  [
    'Facebook CEO Mark Zuckerberg, the man with the acquisition plan.',
    'Facebook CEO Mark Zuckerberg knows a thing or two about how to seal the deal on blockbuster buyouts.',
    'He personally brokered its $1 billion buyout of Instagram and closed the $3 billion deal to buy Oculus VR.',
    'Ad blocking grew as heavy pages slowed down the phones of ordinary readers.',
  ],
  { author: 'Steven Musil', outlet: 'CNET' },
);

describe('a part of the page asked about as a speaker', () => {
  it('is no name the briefing lacks: "what does the photo caption call" is asked of the page', () => {
    const { explanation } = engine().explain('what does the photo caption call zuckerberg');
    expect(explanation.unknown.filter((u) => u.kind === 'name').map((u) => u.surface)).toEqual([]);
  });

  it('while a person in that place still is one', () => {
    const { explanation } = engine().explain('what does sheryl sandberg call zuckerberg');
    expect(explanation.unknown.filter((u) => u.kind === 'name').map((u) => u.surface)).toContain('sandberg');
  });
});

describe('a possessive of a common noun that takes no determiner', () => {
  it('is no name: "people\'s phones" asks about people', () => {
    const { explanation } = engine().explain("what did heavy pages do to people's phones");
    expect(explanation.unknown.filter((u) => u.kind === 'name')).toEqual([]);
    expect(engine().answer("what did heavy pages do to people's phones").answer).toContain('slowed down the phones');
  });
});
