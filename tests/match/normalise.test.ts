import { describe, expect, it } from 'vitest';
import { normaliseText, stripSlackMarkup } from '../../src/match/normalise.js';
import { segmentCjk, tokenize } from '../../src/match/tokenize.js';

describe('chat shorthand for everyday words', () => {
  it('spells out orgs, telcos, journos, uni and diff', () => {
    expect(normaliseText('do telcos or journos at the uni get a diff version')).toBe(
      'do telecoms companies or journalists at the university get a different version',
    );
  });
});

describe('reading what a user typed in Slack', () => {
  it('drops user mentions, channels and specials, and keeps link labels', () => {
    expect(
      stripSlackMarkup('<@U123> how big is <https://x.test/a|TikTok Shop> (asking for <#C1|apac-growth>)? <!channel>')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('how big is TikTok Shop (asking for )?');
  });

  it('lowercases, straightens curly apostrophes and drops possessives', () => {
    expect(normaliseText('What is TikTok’s GMV and the companies’ share?')).toBe(
      'what is tiktok gmv and the companies share?',
    );
  });

  it('joins one-letter prefixes so e-commerce and ecommerce are one word', () => {
    expect(normaliseText('E-commerce and e-sports')).toBe('ecommerce and esports');
  });

  it('spells out a percent sign, full-width or not', () => {
    expect(normaliseText('19.9% or 20％')).toBe('19.9 percent or 20 percent ');
    expect(normaliseText('what % of sales')).toBe('what percent of sales');
  });

  it('takes the accents off Latin letters, as people type them, and leaves other scripts alone', () => {
    expect(normaliseText('Māori harvest rights, the Pokémon café')).toBe('maori harvest rights, the pokemon cafe');
    expect(normaliseText('ガイドブック 小红书')).toBe('ガイドブック 小红书');
  });

  it('spells out chat shorthand, but only as whole words', () => {
    expect(normaliseText('whos behind the intl app, govt or not? 45bn')).toBe(
      'who is behind the international app, government or not? 45bn',
    );
    expect(normaliseText('whose yrs')).toBe('whose years');
    expect(normaliseText('is yahoo gonna pay alot of tax, dunno')).toBe(
      'is yahoo going to pay a lot of tax, do not know',
    );
  });

  it('reads a contraction typed without its apostrophe as the words it stands for, not as a name', () => {
    expect(normaliseText('is there a shim for browsers that dont have it yet')).toBe(
      'is there a shim for browsers that do not have it yet',
    );
    expect(normaliseText('sorry didnt finish it, theyre saying what')).toBe(
      'sorry did not finish it, they are saying what',
    );
    // "well", "were" and "its" are words of their own.
    expect(normaliseText('its the well we were at')).toBe('its the well we were at');
  });

  it('keeps decimals whole and splits them from units', () => {
    expect(tokenize(normaliseText('$64.3bn in 2025')).map((t) => t.text)).toEqual(['64.3', 'bn', 'in', '2025']);
  });

  it('keeps a run of Chinese characters together for alias matching, then splits it into words', () => {
    const tokens = tokenize(normaliseText('TikTok Shop在东南亚的销售额'));
    expect(tokens.map((t) => t.cjk)).toEqual([false, false, true]);
    expect(segmentCjk(tokens[2].text).length).toBeGreaterThan(1);
  });

  it("reads 'how does the author describe X' as the article's voice, and keeps 'who is the author' a byline question", () => {
    expect(normaliseText('how does the author describe the sale')).toBe('how does the article describe the sale');
    expect(normaliseText('does the writer really think it works?')).toBe('does the article really think it works?');
    expect(normaliseText('who is the author')).toBe('who is the author');
    expect(normaliseText('how could it be fixed, according to the writer')).toBe(
      'how could it be fixed, according to the article',
    );
  });

  it('reads "wich" as "which" and "im" as "i am", as people type them', () => {
    expect(normaliseText('wich contry came in 8th')).toBe('which contry came in 8th');
    expect(normaliseText('im on the europe desk')).toBe('i am on the europe desk');
  });

  it('reads "pm" as a prime minister, but not the time after a number', () => {
    expect(normaliseText("who's the tunisian PM")).toBe('who the tunisian prime minister');
    expect(normaliseText('PM Modi said')).toBe('prime minister modi said');
    expect(normaliseText('the call is at 3 pm')).toBe('the call is at 3 pm');
    expect(normaliseText('launch at 8:51 p.m.')).toBe('launch at 8:51 p.m.');
    expect(normaliseText('npm install')).toBe('npm install');
  });

  it('removes control characters', () => {
    expect(normaliseText('temu\u0000\u0007 share')).toBe('temu   share');
  });
});
