import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A drafted sentence is about the name the sentence next to it gives, though it may not repeat it. From the
// Washington Post's story on Tunisia (among Mozilla Readability's test pages): the beheadings happened in Libya, which
// the sentence itself calls only "the country".

const PARAGRAPHS = [
  'The leader of Ennahda, Rachid Ghannouchi, condemned Wednesday’s attack, saying in a statement that it “will not break our people’s will and will not undermine our revolution and our democracy.”',
  'Security officials are particularly concerned by the collapse of Libya, where various armed groups are vying for influence and jihadist militants have entrenched themselves in major cities. Tunisians worry that extremists can easily get arms and training in the neighboring country.',
  'In January, Libyan militants loyal to the Islamic State beheaded 21 Christians — 20 of them Egyptian Copts — along the country’s coast. They later seized the Libyan city of Sirte.',
  'Officials are worried about the number of Tunisian militants who may have joined the jihadists in Libya — with the goal of returning home to fight the Tunis government.',
];

const engine = useDraftedEngine('tunisia', 'Tunisia’s fragile democracy after the museum attack', PARAGRAPHS);

describe('a name the question asks about', () => {
  it('may be given by the sentence next to the one that answers', () => {
    const reply = engine().answer('how many christians did isis behead in libya');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('beheaded 21 Christians');
  });

  it('is still required of the answer when no sentence near it gives it', () => {
    expect(engine().answer('how many christians were beheaded in egypt')).toMatchObject({ answered: false });
  });
});
