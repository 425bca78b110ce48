import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "How heavy is the console" asks for a weight, in whatever words the article gives it ("weighs 8.4 pounds"), and
// only a number answers it; "how long are the water mains" asks for a length as well as "how long" asks a duration.

const engine = useDraftedEngine('measures-asked', 'A look inside the new console and the city it was built in', [
  'The console weighs 8.4 pounds, a little more than the model it replaces.',
  'Its designers say the console feels sturdy and quiet on a shelf.',
  'Along the city’s roughly 6,500 miles of water mains, there are typically 500 breaks a year.',
]);

describe('a measure asked for', () => {
  it('answers "how heavy" with the weight the article gives', () => {
    const reply = engine().answer('how heavy is the console');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('weighs 8.4 pounds');
  });

  it('answers "how long" with a length', () => {
    const reply = engine().answer("how long are the city's water mains");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('6,500 miles of water mains');
  });
});
