import { describe, expect, it } from 'vitest';
import { splitCompound, withContextOf } from '../../src/match/compound.js';
import { seeded } from '../helpers/seeded.js';

/** The split as the regex had it before runs of spaces were made linear: the oracle. */
const QUADRATIC =
  /(?:,?\s+(?:and|&|plus|also)\s+|[?？]\s*(?:and\s+|also\s+)?)(?=(?:(?:in|at|on|from|to|for|by|with|since)\s+)?(?:what|what's|how|who|whom|where|when|why|which|did|does|do|is|was|were|are|will|can|could|has|have)\b)|[?？]\s*(?=[\u3400-\u9fff])/i;
function oracle(question: string): [string, string] | undefined {
  const match = QUADRATIC.exec(question);
  if (!match) return undefined;
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  if (!/[\p{L}\p{N}]/u.test(first) || !/[\p{L}\p{N}]/u.test(second)) return undefined;
  if (/\b(?:what|when|where|who|why|how|which)\W*$/i.test(first)) return undefined;
  return [first, second];
}

describe('splitting a two-part question', () => {
  it('splits at "and" before a second question word', () => {
    expect(splitCompound('Who is Han Wenxiu and what did he say?')).toEqual(['Who is Han Wenxiu', 'what did he say?']);
    expect(splitCompound('What stake does ByteDance keep, and what will it do?')?.[1]).toBe('what will it do?');
  });

  it('splits at "and" before a preposition and a question word', () => {
    expect(
      splitCompound('What is Xiaohongshu called internationally, and in which two countries is it widely adopted?'),
    ).toEqual(['What is Xiaohongshu called internationally', 'in which two countries is it widely adopted?']);
  });

  it('splits two questions in a row', () => {
    expect(splitCompound('Is TikTok banned? Is Temu big')).toEqual(['Is TikTok banned', 'Is Temu big']);
  });

  it('asks the second part with the topic words of the first on a line before it', () => {
    expect(withContextOf(['Han Wenxiu'], 'what did he say')).toBe('Han Wenxiu\nwhat did he say?');
    expect(withContextOf([], 'what did he say')).toBe('what did he say');
  });

  it('leaves one question alone, "and" or not', () => {
    for (const q of [
      'why is rednote popular in malaysia and singapore',
      'tiktok and temu',
      'what is GMV?',
      'Please state when and in what setting Han Wenxiu made his remarks.',
    ])
      expect(splitCompound(q), q).toBeUndefined();
  });
});

describe('splitting long or odd text', () => {
  it('splits exactly as before on 50,000 seeded strings of spaces, commas, joins and question words', () => {
    const tokens = [' ', '   ', '\n', ',', ', ', ' ,', 'and', 'And', '&', 'plus', 'also', '?', '？', 'what', "what's"];
    const more = ['how', 'in', 'at', 'is', 'x', 'tiktok', '小红书', 'do', 'doing', '\t'];
    const random = seeded(3);
    for (let i = 0; i < 50_000; i++) {
      let question = '';
      for (let n = 1 + Math.floor(random() * 12); n > 0; n--)
        question +=
          [...tokens, ...more][Math.floor(random() * (tokens.length + more.length))] + (random() < 0.5 ? ' ' : '');
      expect(splitCompound(question), JSON.stringify(question)).toEqual(oracle(question));
    }
  });
});
