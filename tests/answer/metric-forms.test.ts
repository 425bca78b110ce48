import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A metric word keeps its own form ("founded" is not "found"), but its singular and plural are one word: "how much
// does it cost" asks what the article says it "costs", and "pay" what it says people are "paying".

const engine = useDraftedEngine('metric-forms', 'A headset for the living room', [
  'Halcyon unveiled the Zephyr headset at its yearly show in Austin on Monday.',
  'The Zephyr is the lightest headset Halcyon has made, and its screens are sharper than any rival’s.',
  "It's been a year since the rival Nimbus launched, and the Zephyr costs $500, while the Nimbus launched at $400.",
  'Zephyr owners can stream games from a console, and Halcyon sold 2 million of its older headsets last year.',
  'Halcyon said it had set up a studio of 40 developers to make games for the headset.',
  'Owners of the older headsets are already paying $10 a month for the streaming service.',
]);

describe('forms of a metric word', () => {
  it('"how much does the zephyr cost" gets the sentence where it "costs $500"', () => {
    const reply = engine().answer('how much does the zephyr cost');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('costs $500');
  });

  it('"do owners pay for the streaming service" gets the sentence where they are "paying $10 a month"', () => {
    const reply = engine().answer('do owners pay for the streaming service');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('paying $10 a month');
  });
});
