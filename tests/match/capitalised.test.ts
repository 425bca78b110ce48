import { describe, expect, it } from 'vitest';
import { capitalisedWords } from '../../src/match/capitalised.js';

describe('spotting names by their capital letter', () => {
  it('takes capitalised words inside a sentence, lower-cased', () => {
    expect([...capitalisedWords('Is Grab expanding? What about Sea Ltd and Line')]).toEqual([
      'grab',
      'sea',
      'ltd',
      'line',
    ]);
  });

  it('ignores the first word of each sentence, "I", Slack mentions and lower-case text', () => {
    expect([...capitalisedWords('<@U123> Grab? Hi. I think so. what about apple')]).toEqual([]);
  });

  it('takes the name of a web address, however short', () => {
    expect([...capitalisedWords("what are JD.com's plans")]).toEqual(['jd']);
    expect([...capitalisedWords('read <https://example.com/x|this piece>: who is he?')]).toEqual([]);
  });
});
