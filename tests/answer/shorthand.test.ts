import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// People type "dept", "pic" and "devs"; articles print "department", "picture" and "developers".

const engine = useDraftedEngine('shorthand', 'A photo that split the internet', [
  'A photographer posted a picture of a newborn wrapped in a flag, and it went viral within a day.',
  'The state department said on Tuesday that it would not comment on the photo.',
  'Forty developers at the studio worked on the app that shared it.',
  'Hicks said many veterans wrote to her to say they were not offended.',
]);

describe('shorthand in questions', () => {
  it('reads "pic", "dept" and "devs" as the words the article prints', () => {
    expect(engine().answer('did the pic go viral').answer).toContain('it went viral within a day');
    expect(engine().answer('what did the state dept say about it').answer).toContain('would not comment');
    expect(engine().answer('how many devs worked on the app').answer).toContain('Forty developers');
  });
});
