import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How much is a ticket" asks for a quantity. A sentence about the thing whose only numbers measure nothing (a year,
// the number in a name, "one of the oldest") does not give it, and the bot says so; a bug's number still answers
// "what's the bug number", and a version's "which version".

const engine = useDraftedEngine('quantity-asked', 'The museum reopens, and the browser catches up', [
  'The Bardo museum, founded in 1888, hosts one of the oldest collections of Roman mosaics in the world.',
  'Visitors waited two hours in line for the reopening on Saturday.',
  'Overcast 2 moved to patronage pricing, which its developer says suits a free app.',
  'We have just landed Bug 1553982, which stops an update starting while Firefox is running.',
  'The Fetch API is available in Firefox 39, which ships next month.',
]);

describe('a quantity asked for', () => {
  it('is not answered by a sentence whose numbers measure nothing', () => {
    expect(engine().answer('how much is a ticket to the bardo museum').answered).toBe(false);
    expect(engine().answer('how much is the overcast patronage per month').answered).toBe(false);
  });

  it('is answered by a sentence that gives one', () => {
    const reply = engine().answer('how long did visitors wait in line for the reopening');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('two hours');
  });

  it("leaves a name's number to the questions that ask for it", () => {
    expect(engine().answer('what bug number stops an update while firefox is running').answer).toContain('Bug 1553982');
    expect(engine().answer('what version of firefox has the fetch api').answer).toContain('Firefox 39');
  });
});
