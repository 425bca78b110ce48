import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How much tax money does Israel collect?" asks for an amount. A drafted sentence about the tax money that gives no
// number is a near miss, not the answer; one that gives the amount answers.

const engine = useDraftedEngine('amount-asked', 'Israel freezes Palestinian tax revenues', [
  'Prime Minister Benjamin Netanyahu won a fourth term on Tuesday after a bitter campaign.',
  'His Likud party took the most seats, and he pledged to form a new governing coalition within weeks.',
  'Israel, which controls tax receipts, has pledged to punish the Palestinian Authority by freezing its tax revenues.',
  'The United States gives hundreds of millions of dollars of economic aid to the Palestinian Authority every year.',
  'European diplomats said the freeze would hurt ordinary Palestinians more than their leaders.',
]);

describe('a "how much" question asks for an amount', () => {
  it('is declined when the sentence about it gives no number', () => {
    for (const q of [
      'how much tax does israel control',
      "what's the total of the tax revenues israel controls",
      'how big are the tax revenues israel controls',
      'which version of the tax freeze did israel pledge',
    ])
      expect(engine().answer(q).answered, q).toBe(false);
  });

  it('is answered when a sentence gives the amount', () => {
    const reply = engine().answer('how much economic aid do the united states give the palestinian authority');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('hundreds of millions of dollars');
  });

  it('a question only mentioning "how much" inside it asks for no amount', () => {
    const reply = engine().answer('what did diplomats say about how much the freeze would hurt palestinians');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('hurt ordinary Palestinians');
  });
});
