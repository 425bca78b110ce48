import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// "What was the score" asks for a game's score ("112-107"), which a sentence using the verb does not give ("Oklahoma
// City couldn't score again").

const engine = useDraftedEngine('triple-double', 'LeBron sets triple-double mark as Lakers win again', [
  'James became the first player to record a triple-double against every team, and Anthony Davis scored 34 points during the Lakers’ fifth straight victory, 112-107 over the Oklahoma City Thunder on Tuesday night.',
  'James missed two free throws moments later to keep the Thunder in it, but Oklahoma City couldn’t score again.',
  'James was more surprised than thrilled by his latest achievement, particularly while a different statistic glared at him from the box score.',
]);

describe('a question for the score', () => {
  it("is answered with the sentence that gives the game's score", () => {
    const reply = engine().answer('what was the score');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^James became the first player/);
    expect(reply.answer).toContain('112-107');
  });
});
