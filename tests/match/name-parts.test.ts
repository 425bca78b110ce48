import { describe, expect, it } from 'vitest';
import { useDraftedEngine } from '../helpers/drafted-engine.js';

// From Genius's page on "Purple Rain" (Postlight's genius.com fixture) and the IAB's post on ad blocking (Readability's
// iab-1): the article names some people by one word only, others in full.
const engine = useDraftedEngine(
  'names',
  'Purple Rain',
  [
    '“Big Chick [Prince’s bodyguard at the time] came into the office raving,” says Leeds.',
    'Leeds had worked with the band for years before the album came out.',
    'Scott Cunningham, senior vice president of technology at the IAB, wrote the post in October.',
    'The guitarist, whose real name was Charles Huntsberry, played the song at the concert.',
  ],
  { author: 'Jane Roe', outlet: 'Genius' },
);

describe('a part of a name, or another name, asked for', () => {
  it('is not stated when the article names the person by one word or gives no other name', () => {
    expect(engine().answer("what's leeds's first name").answered).toBe(false);
    expect(engine().answer('what was big chick’s real name').answered).toBe(false);
  });

  it('is answered when the article gives it', () => {
    expect(engine().answer("what's cunningham's first name").answer).toContain('Scott Cunningham');
    expect(engine().answer('what was the guitarist’s real name').answer).toContain(
      'whose real name was Charles Huntsberry',
    );
  });
});
