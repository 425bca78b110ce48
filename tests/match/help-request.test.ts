import { describe, expect, it } from 'vitest';
import { isHelpRequest } from '../../src/match/help-request.js';

describe('telling a request for help from a question', () => {
  it('takes greetings and help requests, whatever the case and punctuation', () => {
    for (const text of [
      'help',
      'Help!',
      '  hi ',
      'Hello.',
      '?',
      'what can you do?',
      'How do I use this bot?',
      'who are you?',
      'Who made you',
    ])
      expect(isHelpRequest(text), text).toBe(true);
  });

  it('leaves real questions to the engine, even ones that say "help"', () => {
    for (const text of ['did the diaspora help rednote?', 'hi, how big is tiktok shop?', 'help with temu share'])
      expect(isHelpRequest(text), text).toBe(false);
  });
});
