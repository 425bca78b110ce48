import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// A blog's heading names what its section is about ("Picture-in-Picture"); the sentences under it often never name it
// again. A question naming it finds them.

const engine = useDraftedEngine('section-names', 'These Weeks in Firefox', [
  'Picture-in-Picture',
  'We are running three experiments on the toggle this month, and the results come in next week.',
  'Password Manager',
  'The import from other browsers now keeps the folders people made for their logins.',
  'Our Picture-in-Picture and Password Manager teams both thank the volunteers who tested these changes.',
]);

describe('names of the heading above', () => {
  it('finds a sentence under a heading by the name the heading gives', () => {
    expect(engine().answer('how many experiments is the picture-in-picture team running').answer).toContain(
      'three experiments',
    );
  });
});
