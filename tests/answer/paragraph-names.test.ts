import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A paragraph names its speaker once and quotes them after ("This can happen, Forrest Jones said. ... “I look forward to
// the day ...”"); a quotation in the next paragraph goes on in their voice. A question naming the speaker finds those
// later sentences too, though they never name anyone.

const engine = useDraftedEngine('paragraph-names', 'How to stay safe in a hotel room', [
  'Check that the peep hole has not been tampered with, security consultant Forrest Jones said. “I look forward to the day when every employee with access to guestroom keys is subjected to a complete background check before hire.',
  '“Until then, keep the door chained and the deadbolt locked, even when you are inside,” he said. “And never open it to anyone claiming to be from maintenance unless you called the front desk first.”',
  'Minibars almost always lose money, even when they charge $10 for a soda, hotel analyst Ana Ruiz said.',
]);

describe('names of the paragraph', () => {
  it('finds what a person said after the sentence that named them', () => {
    expect(engine().answer('what did forrest jones say about background checks for staff').answer).toContain(
      'complete background check before hire',
    );
  });

  it('finds a quotation that goes on into the next paragraph', () => {
    expect(
      engine().answer('what does forrest jones say about anyone claiming to be from maintenance').answer,
    ).toContain('unless you called the front desk first');
  });
});
