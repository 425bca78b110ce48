import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/match/compound.js';

describe('splitting a two-part question', () => {
  it('splits at "and" before a second question word, giving the second part the first as context', () => {
    expect(splitCompound('Who is Han Wenxiu and what did he say?')).toEqual([
      'Who is Han Wenxiu',
      'Who is Han Wenxiu\nwhat did he say?',
    ]);
  });

  it('splits two questions in a row', () => {
    expect(splitCompound('Is TikTok banned? Is Temu big')?.[1]).toBe('Is TikTok banned\nIs Temu big?');
  });

  it('leaves one question alone, "and" or not', () => {
    for (const q of ['why is rednote popular in malaysia and singapore', 'tiktok and temu', 'what is GMV?'])
      expect(splitCompound(q), q).toBeUndefined();
  });
});
