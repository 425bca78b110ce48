import { describe, expect, it } from 'vitest';
import { splitCompound, withContextOf } from '../../src/match/compound.js';

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
