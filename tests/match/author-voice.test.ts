import { describe, expect, it } from 'vitest';
import { authorVoicePattern, inAuthorVoice } from '../../src/match/author-voice.js';

// "What did Courtney say" of Courtney Kirchoff's essay asks what the essay says; of an article that also quotes a
// Courtney Smith, the first name is no longer the writer's alone.

describe("the writer's names in a question", () => {
  it('reads the full name, the surname and an unshared first name as the article', () => {
    const pattern = authorVoicePattern([{ author: 'Courtney Kirchoff', text: 'Courtney, this post is so snobbish.' }]);
    for (const q of ['what did courtney kirchoff say', 'what did kirchoff say', 'what did courtney say'])
      expect(inAuthorVoice(q, pattern), q).toBe('what did the author say');
  });

  it('keeps a first name the article gives someone else', () => {
    const pattern = authorVoicePattern([
      { author: 'Courtney Kirchoff', text: 'Courtney Smith, a linguist, disagreed with Kirchoff.' },
    ]);
    expect(inAuthorVoice('what did courtney say', pattern)).toBe('what did courtney say');
    expect(inAuthorVoice('what did kirchoff say', pattern)).toBe('what did the author say');
  });
});
