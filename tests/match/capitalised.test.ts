import { describe, expect, it } from 'vitest';
import { capitalisedWords, webAddressLabels } from '../../src/match/capitalised.js';
import { seeded } from '../helpers/seeded.js';

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

describe('finding web-address names in long text', () => {
  it('finds exactly what the regex finds, on 50,000 seeded strings of labels, hyphens and dots', () => {
    const regex = /\b([A-Za-z][\w-]*)\.(?:com|net|io|co|sg|my|id|cn)\b/g;
    const tokens = [
      'a',
      'JD',
      'shop',
      '-',
      '--',
      '_',
      '1',
      '.',
      '.com',
      '.co',
      '.company',
      '.sg',
      'x',
      ' ',
      '.cn',
      'é',
    ];
    const random = seeded(4);
    for (let i = 0; i < 50_000; i++) {
      let text = '';
      for (let n = 1 + Math.floor(random() * 10); n > 0; n--) text += tokens[Math.floor(random() * tokens.length)];
      expect(webAddressLabels(text), JSON.stringify(text)).toEqual([...text.matchAll(regex)].map((m) => m[1]));
    }
  });
});
