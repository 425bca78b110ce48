import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A count or an amount is a number the question does not state itself. From the New York Times on the federal debt
// (the shared nytimes-4 page): the sentence on the Fed's rate rises gives only the year the question already names.

const engine = useDraftedEngine('federal-debt', 'Interest on the federal debt', [
  'Until recently, ultralow interest rates, set by the Federal Reserve to support the economy, allowed lawmakers to borrow without fretting too much about the cost of that debt. But as the economy has strengthened, the Fed has gradually raised rates, starting in December 2015.',
  'The government will pay $390 billion in interest on its debt this year, according to the Congressional Budget Office.',
]);

describe('a question for a number', () => {
  it('is not answered by a sentence whose only number is one the question states', () => {
    expect(engine().answer('what rate did the fed set back in december 2015').answered).toBe(false);
  });

  it('is answered by a sentence that gives a number of its own', () => {
    expect(engine().answer('how much interest will the government pay on its debt this year').answer).toContain(
      '$390 billion',
    );
  });
});
