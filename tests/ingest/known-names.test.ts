import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// Names every reader knows are the same: "fb" is Facebook, "nz" is New Zealand, "the iss" the International Space
// Station. A question in the short form is about what the article says of the long one, not about something it lacks.

const engine = useDraftedEngine('known-names', 'Whales stranded on a New Zealand beach', [
  'More than 5,000 strandings have been recorded in New Zealand since 1840.',
  'Oculus was bought by Facebook for $2 billion, less than the price first asked.',
  'The cargo ship was due to dock with the International Space Station on Saturday.',
  'A long row of unsold sports-utility vehicles sits at a Jaguar dealership in Littleton, Colo.',
  'The company moved its headquarters to Tulsa, Okla., last spring.',
]);

describe('a known short name in a question', () => {
  it('is read as the name the article writes', () => {
    expect(engine().answer('how many strandings has nz recorded').answer).toContain('5,000 strandings');
    expect(engine().answer('how much did fb pay for oculus').answer).toContain('$2 billion');
    expect(engine().answer('when was the ship due to dock with the iss').answer).toContain('on Saturday');
  });

  it("is a US state the article writes as the news agencies' abbreviation", () => {
    expect(engine().answer('where in colorado is the jaguar dealership').answer).toContain('Littleton, Colo.');
    expect(engine().answer('which oklahoma city did the headquarters move to').answer).toContain('Tulsa, Okla.');
  });
});
